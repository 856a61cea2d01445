package org.shelfwise.system;

import org.junit.jupiter.api.AfterAll;
import org.shelfwise.driver.Gateway;
import org.shelfwise.driver.RunningSystem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Drives the running system through the gateway, as a library's staff would. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SystemIT {

    RunningSystem system;
    Gateway gateway;

    @BeforeAll
    void start() throws Exception {
        system = RunningSystem.start();
        gateway = new Gateway(system.baseUrl());
    }

    @AfterAll
    void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void startsWithADemoCatalogueAndPatrons() {
        var books = gateway.get("/api/books?size=100");
        assertThat(books.status()).isEqualTo(200);
        assertThat(books.body().get("page").get("totalElements").asLong()).isGreaterThanOrEqualTo(30);
        assertThat(gateway.get("/api/patrons?size=100").body().get("page").get("totalElements").asLong())
                .isGreaterThanOrEqualTo(5);
    }

    @Test
    @Order(2)
    void lendsAndTakesBackACopyThroughTheGateway() {
        var patron = gateway.post("/api/patrons", "{\"name\":\"Grace Hopper\",\"email\":\"grace." + UUID.randomUUID() + "@example.org\"}");
        assertThat(patron.status()).isEqualTo(201);
        String patronId = patron.text("id");
        String card = patron.text("barcode");
        assertThat(card).matches("\\d{14}");

        var book = gateway.post("/api/books", "{\"title\":\"The Left Hand of Darkness\",\"authors\":[\"Ursula K. Le Guin\"],\"isbn\":\"" + Isbns.random() + "\"}");
        assertThat(book.status()).isEqualTo(201);
        String bookId = book.text("id");
        assertThat(gateway.get("/api/books/" + bookId).text("title")).isEqualTo("The Left Hand of Darkness");

        // the patron reaches circulation by event; wait for that before timing the copy
        String item = "SYS-" + UUID.randomUUID().toString().substring(0, 8);
        await().atMost(Duration.ofSeconds(10)).until(() ->
                gateway.post("/api/checkouts", checkOut("NO-SUCH-COPY", card)).body().get("errors").get(0).get("field")
                        .asString().equals("itemBarcode"));

        assertThat(gateway.post("/api/books/" + bookId + "/copies", "{\"barcode\":\"" + item + "\"}").status()).isEqualTo(201);
        long added = System.nanoTime();
        var loan = new AtomicReference<Gateway.Response>();
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).until(() -> {
            loan.set(gateway.post("/api/checkouts", checkOut(item, card)));
            return loan.get().status() == 201;
        });
        System.out.printf("copy borrowable %d ms after it was added%n", (System.nanoTime() - added) / 1_000_000);
        assertThat(loan.get().text("dueDate")).isNotBlank();
        assertThat(loan.get().text("title")).isEqualTo("The Left Hand of Darkness");

        var again = gateway.post("/api/checkouts", checkOut(item, card));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.contentType()).isEqualTo("application/problem+json");

        var summary = gateway.get("/api/patrons/" + patronId + "/summary");
        assertThat(summary.status()).isEqualTo(200);
        assertThat(summary.body().get("patron").get("barcode").asString()).isEqualTo(card);
        assertThat(summary.body().get("loans").size()).isEqualTo(1);
        assertThat(summary.body().get("loans").get(0).get("title").asString()).isEqualTo("The Left Hand of Darkness");

        // the catalogue learns of the loan by event and refuses to remove a book whose copy is out
        await().atMost(Duration.ofSeconds(5)).until(() ->
                gateway.get("/api/copies/" + item).text("status").equals("ON_LOAN"));
        assertThat(gateway.delete("/api/books/" + bookId).status()).isEqualTo(409);

        var returned = gateway.post("/api/checkins", "{\"itemBarcode\":\"" + item + "\"}");
        assertThat(returned.status()).isEqualTo(200);
        assertThat(returned.body().get("returnedAt").isNull()).isFalse();
        assertThat(gateway.get("/api/patrons/" + patronId + "/summary").body().get("loans").size()).isZero();

        await().atMost(Duration.ofSeconds(5)).until(() ->
                gateway.get("/api/copies/" + item).text("status").equals("AVAILABLE"));
        assertThat(gateway.delete("/api/books/" + bookId).status()).isEqualTo(204);
        assertThat(gateway.get("/api/books/" + bookId).status()).isEqualTo(404);
    }

    @Test
    @Order(3)
    void answersBadInputWithAProblemNamingTheFieldAndChangesNothing() {
        long books = gateway.get("/api/books").body().get("page").get("totalElements").asLong();
        assertField(gateway.post("/api/books", "{\"title\":\"X\",\"authors\":[\"Y\"],\"isbn\":\"9780000000000\"}"), 400, "isbn");
        assertField(gateway.post("/api/books", "{\"authors\":[\"Y\"],\"isbn\":\"9780141439518\"}"), 400, "title");
        assertField(gateway.post("/api/books", "{\"title\":\"X\",\"authors\":[\"Y\"],"), 400, "body");
        assertField(gateway.post("/api/patrons", "{\"name\":\"N\",\"email\":\"not-an-email\"}"), 400, "email");
        assertField(gateway.post("/api/checkouts", "{\"itemBarcode\":\"NOPE\",\"patronBarcode\":\"NOPE\"}"), 422, "itemBarcode");
        assertField(gateway.post("/api/checkouts", "{\"itemBarcode\":5}"), 400, "patronBarcode");
        assertField(gateway.post("/api/checkins", "{}"), 400, "itemBarcode");
        assertField(gateway.get("/api/books/not-a-uuid"), 400, "id");
        assertField(gateway.get("/api/patrons/not-a-uuid/summary"), 400, "id");
        var unknownRoute = gateway.get("/api/nothing-here");
        assertThat(unknownRoute.status()).isEqualTo(404);
        assertThat(unknownRoute.contentType()).isEqualTo("application/problem+json");
        assertThat(gateway.get("/api/books").body().get("page").get("totalElements").asLong()).isEqualTo(books);
    }

    @Test
    @Order(4)
    void balancesReadsOverBothCatalogInstancesAndLosesNoneWhenOneStops() throws Exception {
        Set<String> servedBy = new HashSet<>();
        for (int i = 0; i < 20; i++) {
            var response = gateway.get("/api/books?size=5");
            assertThat(response.status()).isEqualTo(200);
            servedBy.add(response.servedBy());
        }
        assertThat(servedBy).as("catalog instances that answered").hasSize(2);

        var failures = new AtomicInteger();
        var reads = new AtomicInteger();
        var running = new AtomicBoolean(true);
        var reader = Thread.ofPlatform().start(() -> {
            while (running.get()) {
                var response = gateway.get("/api/books?size=5");
                reads.incrementAndGet();
                if (response.status() != 200) {
                    failures.incrementAndGet();
                }
            }
        });
        await().atMost(Duration.ofSeconds(5)).until(() -> reads.get() > 50);
        List<ProcessHandle> catalogs = system.servicesRunning("catalog.jar");
        assertThat(catalogs).hasSize(2);
        catalogs.getFirst().destroy();
        await().atMost(Duration.ofSeconds(60)).until(() -> !catalogs.getFirst().isAlive());
        int readsWhenStopped = reads.get();
        await().atMost(Duration.ofSeconds(30)).until(() -> reads.get() > readsWhenStopped + 200);
        running.set(false);
        reader.join();
        System.out.printf("%d reads while one catalog instance stopped, %d failed%n", reads.get(), failures.get());
        assertThat(failures.get()).isZero();

        Set<String> survivors = new HashSet<>();
        for (int i = 0; i < 10; i++) {
            survivors.add(gateway.get("/api/books?size=5").servedBy());
        }
        assertThat(survivors).hasSize(1);
    }

    private static void assertField(Gateway.Response response, int status, String field) {
        assertThat(response.status()).as("status of %s", response.body()).isEqualTo(status);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }

    private static String checkOut(String item, String card) {
        return "{\"itemBarcode\":\"" + item + "\",\"patronBarcode\":\"" + card + "\"}";
    }
}
