package org.shelfwise.catalog.availability;

import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.shelfwise.catalog.Envelopes.envelope;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class LoanEventsIT {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, String> kafka;

    @Test
    void showsACopyOnLoanFromCirculationsEventsAndRefusesToRemoveItsBook() throws Exception {
        var http = new HttpJson(port, TestTokens.librarian());
        String bookId = http.post("/api/books",
                "{\"title\":\"Middlemarch\",\"authors\":[\"George Eliot\"],\"isbn\":\"9780141439549\"}").body().get("id").asString();
        String copyId = http.post("/api/books/" + bookId + "/copies", "{\"barcode\":\"LOAN-1\"}").body().get("id").asString();

        String checkedOut = envelope(UUID.randomUUID(), "ItemCheckedOut", copyId,
                "{\"copyId\":\"" + copyId + "\",\"dueDate\":\"2030-01-31\"}");
        kafka.send(LoanEventsListener.TOPIC, copyId, checkedOut).get();
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "ON_LOAN".equals(http.get("/api/copies/LOAN-1").body().get("status").asString()));
        assertThat(http.get("/api/copies/LOAN-1").body().get("dueDate").asString()).isEqualTo("2030-01-31");
        assertThat(http.delete("/api/books/" + bookId).status()).isEqualTo(409);

        UUID checkInId = UUID.randomUUID();
        kafka.send(LoanEventsListener.TOPIC, copyId, envelope(checkInId, "ItemCheckedIn", copyId, "{\"copyId\":\"" + copyId + "\"}")).get();
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "AVAILABLE".equals(http.get("/api/copies/LOAN-1").body().get("status").asString()));

        // the check-out delivered a second time must not put the copy back on loan
        kafka.send(LoanEventsListener.TOPIC, copyId, checkedOut).get();
        String marker = UUID.randomUUID().toString();
        kafka.send(LoanEventsListener.TOPIC, copyId, envelope(UUID.randomUUID(), "SomethingElse", copyId, "{\"copyId\":\"" + marker + "\"}")).get();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(http.get("/api/copies/LOAN-1").body().get("status").asString()).isEqualTo("AVAILABLE"));
        assertThat(http.delete("/api/books/" + bookId).status()).isEqualTo(204);
    }

    @Test
    void showsACopyOnTheHoldShelfUntilTheHoldEndsAndFollowsRenewals() throws Exception {
        var http = new HttpJson(port, TestTokens.librarian());
        String bookId = http.post("/api/books",
                "{\"title\":\"Adam Bede\",\"authors\":[\"George Eliot\"],\"isbn\":\"9780141439952\"}").body().get("id").asString();
        String copyId = http.post("/api/books/" + bookId + "/copies", "{\"barcode\":\"HOLD-1\"}").body().get("id").asString();

        kafka.send(HoldEventsListener.TOPIC, bookId, envelope(UUID.randomUUID(), "HoldReadyForPickup", bookId,
                "{\"bookId\":\"" + bookId + "\",\"copyId\":\"" + copyId + "\",\"pickupBy\":\"2030-02-07\"}")).get();
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "AWAITING_PICKUP".equals(http.get("/api/copies/HOLD-1").body().get("status").asString()));
        assertThat(http.get("/api/copies/HOLD-1").body().get("pickupBy").asString()).isEqualTo("2030-02-07");
        var refused = http.delete("/api/copies/HOLD-1");
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:copy-on-hold-shelf");

        kafka.send(HoldEventsListener.TOPIC, bookId, envelope(UUID.randomUUID(), "HoldExpired", bookId,
                "{\"bookId\":\"" + bookId + "\",\"copyId\":\"" + copyId + "\"}")).get();
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "AVAILABLE".equals(http.get("/api/copies/HOLD-1").body().get("status").asString()));

        kafka.send(LoanEventsListener.TOPIC, copyId, envelope(UUID.randomUUID(), "ItemCheckedOut", copyId,
                "{\"copyId\":\"" + copyId + "\",\"dueDate\":\"2030-03-01\"}")).get();
        kafka.send(LoanEventsListener.TOPIC, copyId, envelope(UUID.randomUUID(), "ItemRenewed", copyId,
                "{\"copyId\":\"" + copyId + "\",\"dueDate\":\"2030-03-22\"}")).get();
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "2030-03-22".equals(http.get("/api/copies/HOLD-1").body().path("dueDate").asString()));
    }
}
