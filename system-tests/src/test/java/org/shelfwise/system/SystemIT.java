package org.shelfwise.system;

import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.driver.RunningSystem;
import org.shelfwise.driver.ServiceJvm;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.TestMethodOrder;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Drives the running system (the one the system test classes share) through the gateway, as a library's staff
 * would. Each test stands alone (its own
 * patrons, books and copies, nothing it counts on another having done first), and they run in a random order to
 * keep it so: JUnit logs the seed, and {@code -Djunit.jupiter.execution.order.random.seed=<seed>} repeats an order.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedSystem.class)
@TestMethodOrder(MethodOrderer.Random.class)
class SystemIT {

    RunningSystem system;
    /** The desk's view: signed in as admin, so every request carries a LIBRARIAN and ADMIN token. */
    HttpJson gateway;
    /** A visitor's view: no token at all. */
    HttpJson anonymous;

    @BeforeAll
    void start(RunningSystem shared) throws Exception {
        system = shared;
        gateway = system.adminGateway();
        anonymous = gateway.anonymous();
    }

    @Test
    void startsWithADemoCatalogueAndPatrons() {
        // loaded before the system says it is ready; each catalog instance indexes it from the events, in its time
        await().atMost(Duration.ofSeconds(20)).until(() -> bookCount() >= 30 && bookCount() >= 30);
        var books = gateway.get("/api/books?size=100");
        assertThat(books.status()).isEqualTo(200);
        assertThat(books.body().get("page").get("totalElements").asLong()).isGreaterThanOrEqualTo(30);
        assertThat(gateway.get("/api/patrons?size=100").body().get("page").get("totalElements").asLong())
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    void lendsAndTakesBackACopyThroughTheGateway() {
        var patron = gateway.post("/api/patrons", "{\"name\":\"Grace Hopper\",\"email\":\"grace." + UUID.randomUUID() + "@example.org\"}");
        assertThat(patron.status()).isEqualTo(201);
        String patronId = patron.field("id");
        String card = patron.field("barcode");
        assertThat(card).matches("\\d{14}");

        var book = gateway.post("/api/books", "{\"title\":\"The Left Hand of Darkness\",\"authors\":[\"Ursula K. Le Guin\"],\"isbn\":\"" + Isbns.random() + "\"}");
        assertThat(book.status()).isEqualTo(201);
        String bookId = book.field("id");
        assertThat(gateway.get("/api/books/" + bookId).field("title")).isEqualTo("The Left Hand of Darkness");

        // the patron reaches circulation by event; wait for that before timing the copy
        String item = "SYS-" + UUID.randomUUID().toString().substring(0, 8);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                gateway.post("/api/checkouts", checkOut("NO-SUCH-COPY", card)).body().get("errors").get(0).get("field")
                        .asString().equals("itemBarcode"));

        assertThat(gateway.post("/api/books/" + bookId + "/copies", "{\"barcode\":\"" + item
                + "\",\"shelfMark\":\"SF LEG\",\"location\":\"Main / Fiction\"}").status()).isEqualTo(201);
        long added = System.nanoTime();
        var loan = new AtomicReference<HttpJson.Response>();
        // how soon is reported, not asserted (a loaded machine is slower); the bound only stops a hang
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(20)).until(() -> {
            loan.set(gateway.post("/api/checkouts", checkOut(item, card)));
            return loan.get().status() == 201;
        });
        System.out.printf("copy borrowable %d ms after it was added%n", (System.nanoTime() - added) / 1_000_000);
        assertThat(loan.get().field("dueDate")).isNotBlank();
        assertThat(loan.get().field("title")).isEqualTo("The Left Hand of Darkness");

        var again = gateway.post("/api/checkouts", checkOut(item, card));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).isEqualTo("application/problem+json");

        var summary = gateway.get("/api/patrons/" + patronId + "/summary");
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.body().get("patron").get("barcode").asString()).isEqualTo(card);
        assertThat(summary.body().get("loans").size()).isEqualTo(1);
        assertThat(summary.body().get("loans").get(0).get("title").asString()).isEqualTo("The Left Hand of Darkness");
        // the loan's book and copy as the catalogue has them, looked up by the summary in one batched call
        var onLoan = summary.body().get("loans").get(0);
        assertThat(onLoan.get("book").get("authors").get(0).asString()).isEqualTo("Ursula K. Le Guin");
        assertThat(onLoan.get("copy").get("shelfMark").asString()).isEqualTo("SF LEG");
        assertThat(summary.body().get("unavailable")).isEmpty();

        // the catalogue learns of the loan by event and refuses to remove a book whose copy is out
        await().atMost(Duration.ofSeconds(5)).until(() ->
                gateway.get("/api/copies/" + item).field("status").equals("ON_LOAN"));
        assertThat(gateway.delete("/api/books/" + bookId).status()).isEqualTo(409);

        var returned = gateway.post("/api/checkins", "{\"itemBarcode\":\"" + item + "\"}");
        assertThat(returned.status()).isEqualTo(200);
        assertThat(returned.body().get("returnedAt").isNull()).isFalse();
        assertThat(gateway.get("/api/patrons/" + patronId + "/summary").body().get("loans").size()).isZero();

        await().atMost(Duration.ofSeconds(5)).until(() ->
                gateway.get("/api/copies/" + item).field("status").equals("AVAILABLE"));
        assertThat(gateway.delete("/api/books/" + bookId).status()).isEqualTo(204);
        // the other catalog instance drops the book from its cache when the removal event reaches it (C3)
        await().atMost(Duration.ofSeconds(5)).until(() -> gateway.get("/api/books/" + bookId).status() == 404);
    }

    @Test
    void signsStaffAndPatronsInThroughTheGatewayAndEveryServiceHonoursTheirRoles() throws Exception {
        var admin = gateway.post("/api/auth/token",
                "{\"username\":\"admin\",\"password\":\"" + system.adminPassword() + "\"}");
        assertThat(admin.status()).isEqualTo(200);
        String adminToken = admin.field("access_token");

        var patron = gateway.post("/api/patrons", "{\"name\":\"Hedy Lamarr\",\"email\":\"hedy." + UUID.randomUUID()
                + "@example.org\",\"password\":\"frequency hopping\"}");
        assertThat(patron.status()).isEqualTo(201);
        var signedIn = gateway.post("/api/auth/token",
                "{\"username\":\"" + patron.field("barcode") + "\",\"password\":\"frequency hopping\"}");
        assertThat(signedIn.status()).isEqualTo(200);
        String patronToken = signedIn.field("access_token");

        String staff = "{\"username\":\"desk" + UUID.randomUUID().toString().substring(0, 6)
                + "\",\"password\":\"a desk password\",\"roles\":[\"LIBRARIAN\"]}";
        assertThat(gateway.withToken(patronToken).post("/api/staff", staff).status()).isEqualTo(403);
        assertThat(gateway.withToken(adminToken).post("/api/staff", staff).status()).isEqualTo(201);

        // circulation verifies the same tokens against the keys the patrons service publishes
        String policy = "{\"name\":\"Reference\",\"loanPeriodDays\":2,\"renewalsAllowed\":0,\"maxOpenLoans\":2,"
                + "\"maxHolds\":0,\"finePerDay\":1.00,\"graceDays\":0,\"maxFine\":20.00,\"pickupDays\":2}";
        assertThat(gateway.withToken(patronToken).put("/api/policies/reference", policy).status()).isEqualTo(403);
        assertThat(gateway.withToken(adminToken).put("/api/policies/reference", policy).status()).isEqualTo(200);
        assertThat(gateway.get("/api/policies/reference").body().get("loanPeriodDays").asInt()).isEqualTo(2);
    }

    @Test
    void answersBadInputWithAProblemNamingTheFieldAndChangesNothing() {
        // each catalog instance searches its own index, which shows another instance's changes up to about a second
        // later: the count to compare with is the one both give (the gateway takes turns between them)
        long[] books = new long[1];
        await().atMost(Duration.ofSeconds(20)).until(() -> {
            books[0] = bookCount();
            return bookCount() == books[0] && bookCount() == books[0] && bookCount() == books[0];
        });
        assertField(gateway.post("/api/books", "{\"title\":\"X\",\"authors\":[\"Y\"],\"isbn\":\"9780000000000\"}"), 400, "isbn");
        assertField(gateway.post("/api/books", "{\"authors\":[\"Y\"],\"isbn\":\"9780141439518\"}"), 400, "title");
        assertField(gateway.post("/api/books", "{\"title\":\"X\",\"authors\":[\"Y\"],"), 400, "body");
        assertField(gateway.post("/api/patrons", "{\"name\":\"N\",\"email\":\"not-an-email\"}"), 400, "email");
        assertField(gateway.post("/api/checkouts", "{\"itemBarcode\":\"NOPE\",\"patronBarcode\":\"NOPE\"}"), 422, "itemBarcode");
        assertField(gateway.post("/api/checkouts", "{\"itemBarcode\":\"5\"}"), 400, "patronBarcode");
        // a number is not a barcode: refused, not read as the text "5"
        assertField(gateway.post("/api/checkouts", "{\"itemBarcode\":5,\"patronBarcode\":\"P\"}"), 400, "itemBarcode");
        assertField(gateway.post("/api/checkins", "{}"), 400, "itemBarcode");
        assertField(gateway.get("/api/books/not-a-uuid"), 400, "id");
        assertField(gateway.get("/api/patrons/not-a-uuid/summary"), 400, "id");
        var unknownRoute = gateway.get("/api/nothing-here");
        assertThat(unknownRoute.status()).isEqualTo(404);
        assertThat(unknownRoute.contentType()).isEqualTo("application/problem+json");
        assertThat(bookCount()).isEqualTo(books[0]);
        assertThat(bookCount()).isEqualTo(books[0]);
    }

    private long bookCount() {
        return gateway.get("/api/books").body().get("page").get("totalElements").asLong();
    }

    @Test
    void aVisitorReadsBooksFromTheGatewaysMemoryAndSeesAnEditWithinASecond() {
        var book = gateway.post("/api/books", "{\"title\":\"Persuasion\",\"authors\":[\"Jane Austen\"],\"isbn\":\"" + Isbns.random() + "\"}");
        assertThat(book.status()).isEqualTo(201);
        String path = "/api/books/" + book.field("id");
        // a read the gateway answered from its memory says how old the answer is (Age)
        await().atMost(Duration.ofSeconds(30)).until(() -> anonymous.get(path).header("Age") != null);
        String etag = anonymous.get(path).etag();
        assertThat(anonymous.header("If-None-Match", etag).get(path).status()).isEqualTo(304);

        var edited = gateway.header("If-Match", etag).patch(path, "{\"title\":\"Persuasion, revised\"}");
        assertThat(edited.status()).isEqualTo(200);
        long editedAt = System.nanoTime();
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(10))
                .until(() -> anonymous.get(path).field("title").equals("Persuasion, revised"));
        System.out.printf("an edit showed through the gateway's cache %d ms after it was saved%n",
                (System.nanoTime() - editedAt) / 1_000_000);
        assertThat(anonymous.header("If-None-Match", etag).get(path).status()).as("the old ETag").isEqualTo(200);
    }

    @Test
    void losesNoReadAndNoCheckOutWhileAnInstanceOfCatalogAndOfCirculationStopsAndComesBack() throws Exception {
        // both catalog instances answer reads (right after the start, the gateway may not have seen both healthy yet)
        Set<String> servedBy = new HashSet<>();
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = gateway.get("/api/books?size=5");
            assertThat(response.status()).isEqualTo(200);
            servedBy.add(response.servedBy());
            return servedBy.size() == 2;
        });
        assertThat(servedBy).as("catalog instances that answered").hasSize(2);

        var patron = gateway.post("/api/patrons", "{\"name\":\"Desk Load\",\"email\":\"desk." + UUID.randomUUID() + "@example.org\"}");
        String patronId = patron.field("id");
        String card = patron.field("barcode");
        var book = gateway.post("/api/books", "{\"title\":\"Middlemarch\",\"authors\":[\"George Eliot\"],\"isbn\":\"" + Isbns.random() + "\"}");
        var desks = new ArrayList<Desk>();
        for (int i = 0; i < 2; i++) {
            String item = "FAULT-" + UUID.randomUUID().toString().substring(0, 8);
            assertThat(gateway.post("/api/books/" + book.field("id") + "/copies", "{\"barcode\":\"" + item + "\"}").status()).isEqualTo(201);
            desks.add(new Desk(gateway, item, card));
        }
        // the copies and the patron reach circulation by event; each desk's first loan waits for that
        for (Desk desk : desks) {
            await().atMost(Duration.ofSeconds(20)).until(() -> desk.tryFirstLoan());
        }

        // visitors search the catalogue without signing in
        var reader = new Reader(anonymous);
        var threads = new ArrayList<Thread>();
        threads.add(Thread.ofPlatform().name("reader").start(reader));
        desks.forEach(desk -> threads.add(Thread.ofPlatform().name("desk").start(desk)));
        await().atMost(Duration.ofSeconds(30)).until(() -> reader.reads.get() > 50 && checkouts(desks) > 20);
        assertThat(servedBy(desks)).as("circulation instances that lent").hasSize(2);

        ServiceJvm catalog = system.serviceJvms("catalog.jar").getFirst();
        ServiceJvm circulation = system.serviceJvms("circulation.jar").getFirst();
        catalog.process().destroy();
        circulation.process().destroy();
        await().atMost(Duration.ofSeconds(60)).until(() -> !catalog.process().isAlive() && !circulation.process().isAlive());
        int readsWhenStopped = reader.reads.get();
        int checkoutsWhenStopped = checkouts(desks);
        await().atMost(Duration.ofSeconds(60)).until(() ->
                reader.reads.get() > readsWhenStopped + 200 && checkouts(desks) > checkoutsWhenStopped + 20);
        int readsWhileDown = reader.reads.get() - readsWhenStopped;
        int checkoutsWhileDown = checkouts(desks) - checkoutsWhenStopped;

        system.startAgain(catalog);
        system.startAgain(circulation);
        int catalogAnswersBefore = count(reader.servedBy, catalog.instanceId());
        int circulationAnswersBefore = desks.stream().mapToInt(desk -> count(desk.servedBy, circulation.instanceId())).sum();
        await().atMost(Duration.ofSeconds(150)).until(() ->
                count(reader.servedBy, catalog.instanceId()) > catalogAnswersBefore + 10
                        && desks.stream().mapToInt(desk -> count(desk.servedBy, circulation.instanceId())).sum()
                        > circulationAnswersBefore + 10);

        reader.stop();
        desks.forEach(Desk::stop);
        for (Thread thread : threads) {
            thread.join(Duration.ofSeconds(60));
        }
        long loans = gateway.get("/api/loans?patronId=" + patronId + "&size=1").body().get("page").get("totalElements").asLong();
        long openLoans = gateway.get("/api/loans?patronId=" + patronId + "&open=true&size=1").body().get("page").get("totalElements").asLong();
        int checkouts = checkouts(desks) + desks.size();
        System.out.printf("fault test: %d reads (%d while an instance was down), %d failed; "
                        + "%d check-outs (%d while down) and as many check-ins, %d requests repeated by the desks, "
                        + "%d answers lost; %d loans recorded, %d open%n",
                reader.reads.get(), readsWhileDown, reader.failures.get(), checkouts, checkoutsWhileDown,
                desks.stream().mapToInt(desk -> desk.repeats.get()).sum(),
                desks.stream().mapToInt(desk -> desk.answersLost.get()).sum(), loans, openLoans);
        assertThat(reader.failures.get()).isZero();
        assertThat(loans).as("loans recorded against check-outs that took effect").isEqualTo(checkouts);
        assertThat(openLoans).isZero();
    }

    @Test
    void verifiesEveryTokenAtTheEdgeAndLetsAPatronSeeOnlyTheirOwnSummary() {
        // the catalogue is open to everyone; anything else needs a valid token
        assertThat(anonymous.get("/api/books?size=1").status()).isEqualTo(200);
        var noToken = anonymous.get("/api/loans?patronId=" + UUID.randomUUID());
        assertThat(noToken.status()).isEqualTo(401);
        assertThat(noToken.contentType()).isEqualTo("application/problem+json");
        assertThat(noToken.field("type")).isEqualTo("urn:shelfwise:problem:unauthenticated");

        var ada = registerPatronWithPassword("Ada Lovelace", "analytical engine");
        var grace = registerPatronWithPassword("Grace Hopper", "first compiler bug");
        HttpJson asAda = anonymous.signedInAs(ada.field("barcode"), "analytical engine");
        HttpJson asGrace = anonymous.signedInAs(grace.field("barcode"), "first compiler bug");

        // a token whose payload was changed to claim the ADMIN role, with the signature left as it was
        String[] parts = asAda.accessToken().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"PATRON\"", "\"ADMIN\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding()
                .encodeToString(payload.getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        var refused = anonymous.get("/api/patrons/" + ada.field("id") + "/summary", tampered);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.field("type")).isEqualTo("urn:shelfwise:problem:unauthenticated");
        // a bad token is refused even where no token is needed
        assertThat(anonymous.get("/api/books?size=1", tampered).status()).isEqualTo(401);

        var own = asAda.get("/api/patrons/" + ada.field("id") + "/summary");
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body().get("patron").get("id").asString()).isEqualTo(ada.field("id"));
        var mine = asAda.get("/api/patrons/me/summary");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body().get("patron").get("id").asString()).isEqualTo(ada.field("id"));
        assertThat(mine.body().get("unavailable")).isEmpty();

        var another = asGrace.get("/api/patrons/" + ada.field("id") + "/summary");
        assertThat(another.status()).isEqualTo(403);
        assertThat(another.field("type")).isEqualTo("urn:shelfwise:problem:forbidden");
        // a patron never reaches a librarian's endpoint
        var write = asGrace.post("/api/books", "{\"title\":\"Mine now\",\"authors\":[\"G. H.\"],\"isbn\":\""
                + Isbns.random() + "\"}");
        assertThat(write.status()).isEqualTo(403);
        // staff have no summary of their own, and read any patron's
        assertThat(gateway.get("/api/patrons/me/summary").status()).isEqualTo(404);
        assertThat(gateway.get("/api/patrons/" + grace.field("id") + "/summary").status()).isEqualTo(200);
    }

    private HttpJson.Response registerPatronWithPassword(String name, String password) {
        var patron = gateway.post("/api/patrons", "{\"name\":\"" + name + "\",\"email\":\"" + UUID.randomUUID()
                + "@example.org\",\"password\":\"" + password + "\"}");
        assertThat(patron.status()).as("registration: %s", patron.body()).isEqualTo(201);
        return patron;
    }

    private static int checkouts(List<Desk> desks) {
        return desks.stream().mapToInt(desk -> desk.checkouts.get()).sum();
    }

    private static Set<String> servedBy(List<Desk> desks) {
        return desks.stream().flatMap(desk -> desk.servedBy.keySet().stream()).collect(Collectors.toSet());
    }

    private static int count(Map<String, AtomicInteger> servedBy, String instance) {
        AtomicInteger count = servedBy.get(instance);
        return count == null ? 0 : count.get();
    }

    private static void assertField(HttpJson.Response response, int status, String field) {
        assertThat(response.status()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private static String checkOut(String item, String card) {
        return "{\"itemBarcode\":\"" + item + "\",\"patronBarcode\":\"" + card + "\"}";
    }
}
