package org.shelfwise.platform.events;

import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.UUID;

/**
 * What travels on a Kafka topic: one domain event, with the id consumers use to ignore a second delivery.
 *
 * @param id          unique per event; consumers record it to stay idempotent
 * @param type        the event's name in the past tense, e.g. {@code CopyAdded}
 * @param aggregateId the book, copy, patron or loan the event is about; also the record key (ordering)
 * @param occurredAt  when the change was committed
 * @param payload     the event's own fields
 */
public record EventEnvelope(UUID id, String type, String aggregateId, Instant occurredAt, JsonNode payload) {
}
