package org.shelfwise.circulation;

import org.springframework.kafka.core.KafkaTemplate;

import java.util.UUID;

/** Publishes events onto Kafka the way the catalog and patrons services do, for integration tests. */
public record Events(KafkaTemplate<String, String> kafka) {

    /** Sends an envelope and waits for the broker's acknowledgement. */
    public void send(String topic, UUID eventId, String type, UUID aggregateId, String payloadJson) {
        send(topic, eventId, type, aggregateId, payloadJson, 1);
    }

    /** Sends an envelope of a payload of the given schema version and waits for the broker's acknowledgement. */
    public void send(String topic, UUID eventId, String type, UUID aggregateId, String payloadJson, int schemaVersion) {
        String envelope = ("{\"id\":\"%s\",\"type\":\"%s\",\"aggregateId\":\"%s\",\"occurredAt\":\"2030-01-10T10:00:00Z\","
                + "\"payload\":%s,\"schemaVersion\":%d}").formatted(eventId, type, aggregateId, payloadJson, schemaVersion);
        try {
            kafka.send(topic, aggregateId.toString(), envelope).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public void copyAdded(UUID eventId, UUID copyId, String barcode, UUID bookId, String title) {
        send(Topics.CATALOG_COPIES, eventId, "CopyAdded", copyId,
                "{\"copyId\":\"%s\",\"barcode\":\"%s\",\"bookId\":\"%s\",\"title\":\"%s\"}".formatted(copyId, barcode, bookId, title));
    }

    /** A copy the catalogue says belongs to {@code branch}. */
    public void copyAdded(UUID eventId, UUID copyId, String barcode, UUID bookId, String title, String branch) {
        send(Topics.CATALOG_COPIES, eventId, "CopyAdded", copyId,
                "{\"copyId\":\"%s\",\"barcode\":\"%s\",\"bookId\":\"%s\",\"title\":\"%s\",\"branch\":\"%s\"}"
                        .formatted(copyId, barcode, bookId, title, branch));
    }

    /** The catalogue moved a copy to {@code branch} and gave it {@code itemType} (either may be null): schema version 2. */
    public void copyMoved(UUID eventId, UUID copyId, String barcode, UUID bookId, String itemType, String branch) {
        send(Topics.CATALOG_COPIES, eventId, "CopyMoved", copyId, """
                {"copyId":"%s","barcode":"%s","bookId":"%s","location":"Stacks","previousLocation":"Hall","version":1,
                 "itemType":%s,"branch":%s}""".formatted(copyId, barcode, bookId, quoted(itemType), quoted(branch)), 2);
    }

    private static String quoted(String value) {
        return value == null ? "null" : "\"" + value + "\"";
    }

    public void copyRemoved(UUID eventId, UUID copyId, String barcode, UUID bookId) {
        send(Topics.CATALOG_COPIES, eventId, "CopyRemoved", copyId,
                "{\"copyId\":\"%s\",\"barcode\":\"%s\",\"bookId\":\"%s\"}".formatted(copyId, barcode, bookId));
    }

    public void patronRegistered(UUID patronId, String barcode, String name) {
        patron("PatronRegistered", patronId, barcode, name, "2099-12-31", null);
    }

    /** The patron's whole standing, as the patrons service publishes it; a reason means blocked. */
    public void patron(String type, UUID patronId, String barcode, String name, String cardExpiresOn, String blockedReason) {
        send(Topics.PATRONS, UUID.randomUUID(), type, patronId, """
                {"patronId":"%s","barcode":"%s","name":"%s","email":"x@example.org","category":"adult",
                 "cardExpiresOn":"%s","status":"%s","blockedReason":%s}"""
                .formatted(patronId, barcode, name, cardExpiresOn, blockedReason == null ? "ACTIVE" : "BLOCKED",
                        blockedReason == null ? "null" : "\"" + blockedReason + "\""));
    }
}
