package org.shelfwise.circulation.loans;

import org.junit.jupiter.api.Test;
import org.shelfwise.circulation.Events;
import org.shelfwise.circulation.Topics;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class ReplicaIT {

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcClient jdbc;

    long items(String barcode) {
        return jdbc.sql("select count(*) from item where barcode = ?").param(barcode).query(Long.class).single();
    }

    @Test
    void anEventDeliveredTwiceChangesNothing() {
        var events = new Events(kafka);
        UUID added = UUID.randomUUID();
        UUID copyId = UUID.randomUUID();
        UUID bookId = UUID.randomUUID();
        events.copyAdded(added, copyId, "TWICE-1", bookId, "Ivanhoe");
        await().atMost(Duration.ofSeconds(20)).until(() -> items("TWICE-1") == 1);
        events.copyRemoved(UUID.randomUUID(), copyId, "TWICE-1", bookId);
        await().atMost(Duration.ofSeconds(20)).until(() -> items("TWICE-1") == 0);

        // the first event again: were it applied a second time, the withdrawn copy would come back
        events.copyAdded(added, copyId, "TWICE-1", bookId, "Ivanhoe");
        // a later event under the same key lands on the same partition, so once it is handled, so was the repeat
        // (the removal of a copy never added: recorded in the inbox, and nothing else)
        UUID marker = UUID.randomUUID();
        events.send(Topics.CATALOG_COPIES, marker, "CopyRemoved", copyId, "{\"copyId\":\"" + UUID.randomUUID() + "\"}");
        await().atMost(Duration.ofSeconds(20)).until(() -> inboxRows(marker) == 1);
        assertThat(items("TWICE-1")).isZero();
    }

    @Test
    void passesOverTheCatalogueEchoOfALoanWithoutAnInboxRow() {
        var events = new Events(kafka);
        UUID copyId = UUID.randomUUID();
        UUID echo = UUID.randomUUID();
        events.send(Topics.CATALOG_COPIES, echo, "CopyAvailabilityChanged", copyId,
                "{\"copyId\":\"" + copyId + "\",\"status\":\"ON_LOAN\"}");
        UUID marker = UUID.randomUUID();
        events.send(Topics.CATALOG_COPIES, marker, "CopyRemoved", copyId, "{\"copyId\":\"" + copyId + "\"}");
        await().atMost(Duration.ofSeconds(20)).until(() -> inboxRows(marker) == 1);
        assertThat(inboxRows(echo)).isZero();
    }

    long inboxRows(UUID eventId) {
        return jdbc.sql("select count(*) from inbox where event_id = ?").param(eventId).query(Long.class).single();
    }

    @Test
    void aCopyMovedOrUpdatedTakesTheBranchAndItemTypeTheCatalogueNowGivesIt() {
        var events = new Events(kafka);
        UUID book = UUID.randomUUID();
        UUID copyId = UUID.randomUUID();
        events.copyAdded(UUID.randomUUID(), copyId, "MOVED-1", book, "Persuasion", "main");
        await().atMost(Duration.ofSeconds(20)).until(() -> items("MOVED-1") == 1);
        events.copyMoved(UUID.randomUUID(), copyId, "MOVED-1", book, "dvd", "east");
        await().atMost(Duration.ofSeconds(20)).until(() -> "east|dvd".equals(classOf(copyId)));
        // a move from a catalogue of before branches (schema version 1) says nothing of them: they stay
        UUID older = UUID.randomUUID();
        events.send(Topics.CATALOG_COPIES, older, "CopyMoved", copyId, """
                {"copyId":"%s","barcode":"MOVED-1","bookId":"%s","location":"Hall","version":2}""".formatted(copyId, book));
        await().atMost(Duration.ofSeconds(20)).until(() -> inboxRows(older) == 1);
        assertThat(classOf(copyId)).isEqualTo("east|dvd");
        // an update from a catalogue that records neither any more: the item has neither
        UUID updated = UUID.randomUUID();
        events.send(Topics.CATALOG_COPIES, updated, "CopyUpdated", copyId, """
                {"copyId":"%s","barcode":"MOVED-1","bookId":"%s","note":"rebound","version":3}""".formatted(copyId, book), 2);
        await().atMost(Duration.ofSeconds(20)).until(() -> inboxRows(updated) == 1);
        assertThat(classOf(copyId)).isEqualTo("null|null");
        assertThat(jdbc.sql("select title from item where copy_id = ?").param(copyId).query(String.class).single())
                .as("the rest of the item stays").isEqualTo("Persuasion");
    }

    String classOf(UUID copyId) {
        return jdbc.sql("select coalesce(branch, 'null') || '|' || coalesce(item_type, 'null') from item where copy_id = ?")
                .param(copyId).query(String.class).single();
    }

    @Test
    void aBarcodeReusedByANewCopyFollowsTheNewCopy() {
        var events = new Events(kafka);
        UUID book = UUID.randomUUID();
        UUID oldCopy = UUID.randomUUID();
        UUID newCopy = UUID.randomUUID();
        // the new copy's event overtakes the old copy's removal (they travel under different keys)
        events.copyAdded(UUID.randomUUID(), oldCopy, "REUSED-1", book, "Old");
        await().atMost(Duration.ofSeconds(20)).until(() -> items("REUSED-1") == 1);
        events.copyAdded(UUID.randomUUID(), newCopy, "REUSED-1", book, "New");
        events.copyRemoved(UUID.randomUUID(), oldCopy, "REUSED-1", book);
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql("select count(*) from item where copy_id = ?")
                .param(newCopy).query(Long.class).single() == 1);
        await().during(Duration.ofMillis(500)).atMost(Duration.ofSeconds(5)).until(() ->
                jdbc.sql("select title from item where barcode = 'REUSED-1'").query(String.class).optional()
                        .map("New"::equals).orElse(false));
        assertThat(items("REUSED-1")).isEqualTo(1);
    }
}
