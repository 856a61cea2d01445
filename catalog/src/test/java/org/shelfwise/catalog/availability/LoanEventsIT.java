package org.shelfwise.catalog.availability;

import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class LoanEventsIT {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, String> kafka;

    @Test
    void showsACopyOnLoanFromCirculationsEventsAndRefusesToRemoveItsBook() throws Exception {
        var http = new HttpJson(port);
        String bookId = http.post("/api/books",
                "{\"title\":\"Middlemarch\",\"authors\":[\"George Eliot\"],\"isbn\":\"9780141439549\"}").body().get("id").asString();
        String copyId = http.post("/api/books/" + bookId + "/copies", "{\"barcode\":\"LOAN-1\"}").body().get("id").asString();

        String checkedOut = envelope(UUID.randomUUID(), "ItemCheckedOut", copyId,
                "{\"copyId\":\"" + copyId + "\",\"dueDate\":\"2030-01-31\"}");
        kafka.send(LoanEvents.TOPIC, copyId, checkedOut).get();
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "ON_LOAN".equals(http.get("/api/copies/LOAN-1").body().get("status").asString()));
        assertThat(http.get("/api/copies/LOAN-1").body().get("dueDate").asString()).isEqualTo("2030-01-31");
        assertThat(http.delete("/api/books/" + bookId).status()).isEqualTo(409);

        UUID checkInId = UUID.randomUUID();
        kafka.send(LoanEvents.TOPIC, copyId, envelope(checkInId, "ItemCheckedIn", copyId, "{\"copyId\":\"" + copyId + "\"}")).get();
        await().atMost(Duration.ofSeconds(20)).until(() ->
                "AVAILABLE".equals(http.get("/api/copies/LOAN-1").body().get("status").asString()));

        // the check-out delivered a second time must not put the copy back on loan
        kafka.send(LoanEvents.TOPIC, copyId, checkedOut).get();
        String marker = UUID.randomUUID().toString();
        kafka.send(LoanEvents.TOPIC, copyId, envelope(UUID.randomUUID(), "SomethingElse", copyId, "{\"copyId\":\"" + marker + "\"}")).get();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(http.get("/api/copies/LOAN-1").body().get("status").asString()).isEqualTo("AVAILABLE"));
        assertThat(http.delete("/api/books/" + bookId).status()).isEqualTo(204);
    }

    static String envelope(UUID id, String type, String aggregateId, String payload) {
        return "{\"id\":\"%s\",\"type\":\"%s\",\"aggregateId\":\"%s\",\"occurredAt\":\"2030-01-10T10:00:00Z\",\"payload\":%s}"
                .formatted(id, type, aggregateId, payload);
    }
}
