package org.shelfwise.circulation.holds;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfwise.circulation.Events;
import org.shelfwise.circulation.Replicas;
import org.shelfwise.circulation.Topics;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class HoldsIT {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    HoldDesk holdDesk;

    static final JsonMapper JSON = JsonMapper.builder().build();

    HttpJson http;
    Events events;

    @BeforeEach
    void setUp() {
        http = new HttpJson(port, TestTokens.librarian());
        events = new Events(kafka);
    }

    record Patron(UUID id, String card) {
    }

    Patron patron(String name) {
        var id = UUID.randomUUID();
        var patron = new Patron(id, "H" + id.toString().substring(0, 8));
        events.patronRegistered(id, patron.card(), name);
        Replicas.awaitBorrower(jdbc, patron.card());
        return patron;
    }

    /** A book with one copy; returns the copy's barcode. */
    String copyOf(UUID book) {
        String barcode = "C" + UUID.randomUUID().toString().substring(0, 8);
        events.copyAdded(UUID.randomUUID(), UUID.randomUUID(), barcode, book, "Wuthering Heights");
        Replicas.awaitItem(jdbc, barcode);
        return barcode;
    }

    HttpJson.Response checkOut(String item, Patron patron) {
        return http.post("/api/checkouts", "{\"itemBarcode\":\"%s\",\"patronBarcode\":\"%s\"}".formatted(item, patron.card()));
    }

    JsonNode place(UUID book, Patron patron) {
        var placed = http.post("/api/holds", "{\"bookId\":\"%s\",\"patronBarcode\":\"%s\"}".formatted(book, patron.card()));
        assertThat(placed.status()).as(String.valueOf(placed.body())).isEqualTo(201);
        return placed.body();
    }

    JsonNode holdOf(Patron patron) {
        return http.get("/api/holds?patronId=" + patron.id()).body().get(0);
    }

    @Test
    void queuesHoldsFirstComeAndKeepsACheckedInCopyForTheFirstPatronOnly() {
        UUID book = UUID.randomUUID();
        String copy = copyOf(book);
        var reader = patron("Anne");
        var first = patron("Branwell");
        var second = patron("Charlotte");
        String loanId = checkOut(copy, reader).body().get("id").asString();

        assertThat(place(book, first).get("position").asInt()).isEqualTo(1);
        assertThat(place(book, second).get("position").asInt()).isEqualTo(2);
        var renewal = http.post("/api/loans/" + loanId + "/renewal", "");
        assertThat(renewal.status()).isEqualTo(409);
        assertThat(renewal.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:patrons-waiting");

        var checkedIn = http.post("/api/checkins", "{\"itemBarcode\":\"" + copy + "\"}");
        assertThat(checkedIn.status()).isEqualTo(200);
        assertThat(checkedIn.body().get("itemBarcode").asString()).as("the loan's fields stay at the top").isEqualTo(copy);
        assertThat(checkedIn.body().get("holdShelf").get("patronId").asString())
                .as("the desk learns the copy goes to the hold shelf").isEqualTo(first.id().toString());
        var ready = holdOf(first);
        assertThat(ready.get("status").asString()).isEqualTo("READY");
        assertThat(ready.get("itemBarcode").asString()).isEqualTo(copy);
        assertThat(LocalDate.parse(ready.get("pickupBy").asString())).isAfter(LocalDate.now());
        assertThat(holdOf(second).get("position").asInt()).isEqualTo(1);

        var someoneElse = checkOut(copy, second);
        assertThat(someoneElse.status()).isEqualTo(409);
        assertThat(someoneElse.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:copy-held-for-another-patron");
        assertThat(checkOut(copy, first).status()).isEqualTo(201);
        assertThat(holdOf(first).get("status").asString()).isEqualTo("FULFILLED");
    }

    @Test
    void passesTheCopyToTheNextPatronWhenAReadyHoldIsCancelledOrExpires() {
        UUID book = UUID.randomUUID();
        String copy = copyOf(book);
        var reader = patron("Emily");
        var first = patron("Frances");
        var second = patron("Gaskell");
        var third = patron("Harriet");
        checkOut(copy, reader);
        String firstHold = place(book, first).get("id").asString();
        place(book, second);
        place(book, third);
        http.post("/api/checkins", "{\"itemBarcode\":\"" + copy + "\"}");

        assertThat(http.delete("/api/holds/" + firstHold).body().get("status").asString()).isEqualTo("CANCELLED");
        assertThat(holdOf(second).get("status").asString()).isEqualTo("READY");
        assertThat(http.delete("/api/holds/" + firstHold).status()).isEqualTo(409);

        // the pickup deadline passes unclaimed
        jdbc.sql("update hold set pickup_by = current_date - 1 where patron_id = ? and status = 'READY'")
                .param(second.id()).update();
        holdDesk.expireUnclaimed();
        assertThat(holdOf(second).get("status").asString()).isEqualTo("EXPIRED");
        assertThat(holdOf(third).get("status").asString()).isEqualTo("READY");
        holdDesk.expireUnclaimed();
        assertThat(holdOf(third).get("status").asString()).as("not yet past its deadline").isEqualTo("READY");
    }

    @Test
    void refusesHoldsOnUnknownBooksTwiceOnOneBookAndBeyondThePatronsLimit() {
        var patron = patron("Isabella");
        var unknown = http.post("/api/holds", "{\"bookId\":\"%s\",\"patronBarcode\":\"%s\"}".formatted(UUID.randomUUID(), patron.card()));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body().get("errors").get(0).get("field").asString()).isEqualTo("bookId");

        UUID book = UUID.randomUUID();
        copyOf(book);
        place(book, patron);
        var twice = http.post("/api/holds", "{\"bookId\":\"%s\",\"patronBarcode\":\"%s\"}".formatted(book, patron.card()));
        assertThat(twice.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:already-holding");

        for (int i = 1; i < 10; i++) {
            UUID another = UUID.randomUUID();
            copyOf(another);
            place(another, patron);
        }
        UUID eleventh = UUID.randomUUID();
        copyOf(eleventh);
        var overLimit = http.post("/api/holds", "{\"bookId\":\"%s\",\"patronBarcode\":\"%s\"}".formatted(eleventh, patron.card()));
        assertThat(overLimit.status()).isEqualTo(409);
        assertThat(overLimit.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:hold-limit-reached");
        assertThat(http.post("/api/holds", "{\"bookId\":\"nope\"}").body().get("errors").get(0).get("field").asString())
                .isEqualTo("bookId");
    }

    @Test
    void theCancelledEventSaysWhetherThePatronOrTheStaffCancelled(@Autowired ConsumerFactory<String, String> consumers) {
        UUID book = UUID.randomUUID();
        copyOf(book);
        var own = patron("Ivy");
        var other = patron("Jane");
        String ownHold = place(book, own).get("id").asString();
        String staffHold = place(book, other).get("id").asString();
        assertThat(new HttpJson(port, TestTokens.patron(own.id())).delete("/api/holds/" + ownHold).status()).isEqualTo(200);
        assertThat(http.delete("/api/holds/" + staffHold).status()).isEqualTo(200);

        var cancelledBy = new HashMap<String, String>();
        try (var consumer = consumers.createConsumer("holds-it-" + UUID.randomUUID(), null)) {
            consumer.subscribe(List.of(Topics.HOLDS));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(record -> {
                    var envelope = JSON.readTree(record.value());
                    if (book.toString().equals(record.key()) && "HoldCancelled".equals(envelope.get("type").asString())) {
                        cancelledBy.put(envelope.get("payload").get("holdId").asString(),
                                envelope.get("payload").get("cancelledBy").asString());
                    }
                });
                return cancelledBy.size() == 2;
            });
        }
        assertThat(cancelledBy).containsEntry(ownHold, "PATRON").containsEntry(staffHold, "STAFF");
    }
}
