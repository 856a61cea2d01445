package org.shelfwise.circulation.holds;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfwise.circulation.Events;
import org.shelfwise.circulation.Replicas;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Holds collected at a branch the patron chose: placed with a branch of the library (an unknown one refused), and a
 * copy checked in anywhere else sent there in transit, ready only when it is checked in at that branch.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class PickupBranchesIT {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcClient jdbc;

    HttpJson http;
    Events events;

    @BeforeEach
    void setUp() {
        http = new HttpJson(port, TestTokens.librarian());
        events = new Events(kafka);
        for (var branch : new String[][] {{"Main", "Main Library"}, {"East", "East Branch"}}) {
            var put = http.put("/api/branches/" + branch[0], "{\"name\":\"" + branch[1] + "\"}", TestTokens.admin());
            assertThat(put.status()).as(String.valueOf(put.body())).isEqualTo(200);
        }
    }

    record Patron(UUID id, String card) {
    }

    Patron patron(String name) {
        var id = UUID.randomUUID();
        var patron = new Patron(id, "B" + id.toString().substring(0, 8));
        events.patronRegistered(id, patron.card(), name);
        Replicas.awaitBorrower(jdbc, patron.card());
        return patron;
    }

    String copyOf(UUID book, String branch) {
        String barcode = "T" + UUID.randomUUID().toString().substring(0, 8);
        if (branch == null) {
            events.copyAdded(UUID.randomUUID(), UUID.randomUUID(), barcode, book, "Middlemarch");
        } else {
            events.copyAdded(UUID.randomUUID(), UUID.randomUUID(), barcode, book, "Middlemarch", branch);
        }
        Replicas.awaitItem(jdbc, barcode);
        return barcode;
    }

    HttpJson.Response checkOut(String item, Patron patron) {
        return http.post("/api/checkouts", "{\"itemBarcode\":\"%s\",\"patronBarcode\":\"%s\"}".formatted(item, patron.card()));
    }

    HttpJson.Response checkIn(String item, String branch) {
        return http.post("/api/checkins", branch == null ? "{\"itemBarcode\":\"" + item + "\"}"
                : "{\"itemBarcode\":\"%s\",\"branch\":\"%s\"}".formatted(item, branch));
    }

    HttpJson.Response place(UUID book, Patron patron, String branch) {
        return http.post("/api/holds", branch == null
                ? "{\"bookId\":\"%s\",\"patronBarcode\":\"%s\"}".formatted(book, patron.card())
                : "{\"bookId\":\"%s\",\"patronBarcode\":\"%s\",\"pickupBranch\":\"%s\"}".formatted(book, patron.card(), branch));
    }

    JsonNode holdOf(Patron patron) {
        return http.get("/api/holds?patronId=" + patron.id()).body().get(0);
    }

    @Test
    void anyoneReadsTheBranchesAndOnlyAnAdministratorChangesThem() {
        var all = http.anonymous().get("/api/branches");
        assertThat(all.status()).isEqualTo(200);
        assertThat(all.body().toString()).contains("{\"code\":\"East\",\"name\":\"East Branch\"}");
        assertThat(http.put("/api/branches/West", "{\"name\":\"West\"}").status()).isEqualTo(403);
        var badCode = http.put("/api/branches/-west", "{\"name\":\"West\"}", TestTokens.admin());
        assertThat(badCode.status()).isEqualTo(400);
        var noName = http.put("/api/branches/West", "{\"name\":\" \"}", TestTokens.admin());
        assertThat(noName.status()).isEqualTo(400);
        assertThat(noName.body().get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(http.anonymous().get("/api/branches").body().toString()).doesNotContain("West");
    }

    @Test
    void placesAHoldWithOrWithoutAPickupBranchAndRefusesOneTheLibraryDoesNotHave() {
        UUID book = UUID.randomUUID();
        copyOf(book, null);
        var withBranch = patron("Dorothea");
        var without = patron("Casaubon");
        var unknown = patron("Lydgate");

        var placed = place(book, withBranch, "East");
        assertThat(placed.status()).as(String.valueOf(placed.body())).isEqualTo(201);
        assertThat(placed.body().get("pickupBranch").asString()).isEqualTo("East");
        assertThat(holdOf(withBranch).get("pickupBranch").asString()).isEqualTo("East");
        var plain = place(book, without, null);
        assertThat(plain.status()).isEqualTo(201);
        assertThat(plain.body().get("pickupBranch").isNull()).isTrue();

        var refused = place(book, unknown, "Atlantis");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:validation");
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("pickupBranch");
        assertThat(refused.body().get("errors").get(0).get("message").asString()).contains("Atlantis");
        assertThat(http.get("/api/holds?patronId=" + unknown.id()).body().isEmpty()).as("nothing placed").isTrue();
        var tooLong = place(book, unknown, "B".repeat(33));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.body().get("errors").get(0).get("field").asString()).isEqualTo("pickupBranch");
    }

    @Test
    void sendsACopyCheckedInElsewhereToThePickupBranchWhereItBecomesReady() {
        UUID book = UUID.randomUUID();
        String copy = copyOf(book, null);
        var reader = patron("Fred");
        var first = patron("Mary");
        var second = patron("Rosamond");
        checkOut(copy, reader);
        place(book, first, "East");
        place(book, second, null);

        var checkedIn = checkIn(copy, "Main");
        assertThat(checkedIn.status()).as(String.valueOf(checkedIn.body())).isEqualTo(200);
        assertThat(checkedIn.body().get("itemBarcode").asString()).as("the loan is closed as ever").isEqualTo(copy);
        assertThat(checkedIn.body().get("holdShelf").isNull()).as("not for this branch's hold shelf").isTrue();
        assertThat(checkedIn.body().get("transit").get("sendTo").asString()).isEqualTo("East");
        assertThat(checkedIn.body().get("transit").get("patronId").asString()).isEqualTo(first.id().toString());
        var travelling = holdOf(first);
        assertThat(travelling.get("status").asString()).isEqualTo("IN_TRANSIT");
        assertThat(travelling.get("itemBarcode").asString()).isEqualTo(copy);
        assertThat(travelling.get("pickupBy").isNull()).isTrue();
        assertThat(holdOf(second).get("position").asInt()).as("the copy is kept for the first").isEqualTo(1);
        assertThat(http.get("/api/holds/pull-list").body().toString()).doesNotContain(copy);
        var someoneElse = checkOut(copy, second);
        assertThat(someoneElse.status()).isEqualTo(409);
        assertThat(someoneElse.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:copy-held-for-another-patron");

        // scanned again on its way, or at a desk that does not say where it is: still to be sent on
        var again = checkIn(copy, "Main");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.body().get("transit").get("sendTo").asString()).isEqualTo("East");
        assertThat(again.body().has("itemBarcode")).as("no loan was closed").isFalse();
        assertThat(checkIn(copy, null).body().get("transit").get("sendTo").asString()).isEqualTo("East");

        var arrived = checkIn(copy, "East");
        assertThat(arrived.status()).isEqualTo(200);
        assertThat(arrived.body().get("transit").isNull()).isTrue();
        assertThat(arrived.body().get("holdShelf").get("patronId").asString()).isEqualTo(first.id().toString());
        var ready = holdOf(first);
        assertThat(ready.get("status").asString()).isEqualTo("READY");
        assertThat(ready.get("pickupBranch").asString()).isEqualTo("East");
        assertThat(LocalDate.parse(ready.get("pickupBy").asString())).isAfter(LocalDate.now());
        var notOnLoan = checkIn(copy, "East");
        assertThat(notOnLoan.status()).as("on the hold shelf, not travelling").isEqualTo(409);
        assertThat(notOnLoan.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:not-on-loan");
        assertThat(checkOut(copy, first).status()).isEqualTo(201);
        assertThat(holdOf(first).get("status").asString()).isEqualTo("FULFILLED");
    }

    @Test
    void aCopyBackAtItsOwnBranchWaitsForAHoldToBeCollectedThereAndAHoldWithoutBranchAnywhere() {
        UUID book = UUID.randomUUID();
        String copy = copyOf(book, "East");
        var reader = patron("Celia");
        var first = patron("James");
        var second = patron("Brooke");
        checkOut(copy, reader);
        place(book, first, "East");

        // the desk does not say its branch: the copy is taken to be back at its own, East
        var checkedIn = checkIn(copy, null);
        assertThat(checkedIn.body().get("holdShelf").get("patronId").asString()).isEqualTo(first.id().toString());
        assertThat(holdOf(first).get("status").asString()).isEqualTo("READY");

        checkOut(copy, first);
        checkIn(copy, null);
        checkOut(copy, reader);
        place(book, second, null);
        var anywhere = checkIn(copy, "Main");
        assertThat(anywhere.body().get("holdShelf").get("patronId").asString()).as("kept where it came back, as ever")
                .isEqualTo(second.id().toString());
        assertThat(holdOf(second).get("pickupBranch").isNull()).isTrue();
    }

    @Test
    void aCopyTheCatalogueMovesToAnotherBranchIsBackThereWhenTheDeskDoesNotSayItsBranch() {
        UUID book = UUID.randomUUID();
        UUID copyId = UUID.randomUUID();
        String copy = "T" + copyId.toString().substring(0, 8);
        events.copyAdded(UUID.randomUUID(), copyId, copy, book, "Middlemarch", "Main");
        Replicas.awaitItem(jdbc, copy);
        events.copyMoved(UUID.randomUUID(), copyId, copy, book, "book", "East");
        await().atMost(Duration.ofSeconds(20)).until(() -> "East".equals(jdbc.sql(
                "select branch from item where copy_id = ?").param(copyId).query(String.class).single()));
        var reader = patron("Will");
        var waiting = patron("Ladislaw");
        checkOut(copy, reader);
        place(book, waiting, "East");

        var checkedIn = checkIn(copy, null);
        assertThat(checkedIn.body().get("transit").isNull()).as("back at East, its branch now").isTrue();
        assertThat(checkedIn.body().get("holdShelf").get("patronId").asString()).isEqualTo(waiting.id().toString());
        assertThat(holdOf(waiting).get("status").asString()).isEqualTo("READY");
    }

    @Test
    void refusesACheckInAtABranchTheLibraryDoesNotHaveAndKeepsTheLoanOpen() {
        UUID book = UUID.randomUUID();
        String copy = copyOf(book, null);
        var reader = patron("Will");
        String loan = checkOut(copy, reader).body().get("id").asString();

        var refused = checkIn(copy, "Nowhere");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("field").asString()).isEqualTo("branch");
        assertThat(http.get("/api/loans/" + loan).body().get("returnedAt").isNull()).isTrue();
    }

    @Test
    void passesACopyOnItsWayToTheNextPatronWhenItsHoldIsCancelled() {
        UUID book = UUID.randomUUID();
        String copy = copyOf(book, null);
        var reader = patron("Tertius");
        var first = patron("Nicholas");
        var second = patron("Harriet");
        checkOut(copy, reader);
        String firstHold = place(book, first, "East").body().get("id").asString();
        place(book, second, "Main");
        checkIn(copy, "Main");

        assertThat(http.delete("/api/holds/" + firstHold).body().get("status").asString()).isEqualTo("CANCELLED");
        var next = holdOf(second);
        assertThat(next.get("status").asString()).as("the copy is on the road: it goes on for the next")
                .isEqualTo("IN_TRANSIT");
        assertThat(checkIn(copy, "Main").body().get("holdShelf").get("patronId").asString())
                .isEqualTo(second.id().toString());
    }
}
