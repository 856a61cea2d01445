package org.shelfwise.platform.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.Map;
import java.util.UUID;

/**
 * What travels on a Kafka topic: one domain event, with the id consumers use to ignore a second delivery.
 *
 * @param id            unique per event; consumers record it to stay idempotent
 * @param type          the event's name in the past tense, e.g. {@code CopyAdded}: its class's name
 *                      ({@link PublishedEvent#typeOf})
 * @param aggregateId   the book, copy, patron or loan the event is about; also the record key (ordering)
 * @param occurredAt    when the change was committed
 * @param payload       the event's own fields
 * @param schemaVersion the version of the payload's schema ({@link PublishedEvent#schemaVersion}); 1 in events
 *                      written before it was kept
 * @param traceContext  the trace the event was created in, as the tracer's propagation fields (W3C {@code traceparent},
 *                      and {@code tracestate} and {@code baggage} when set); empty when nothing was traced, and in
 *                      events written before it was kept. The relay continues this trace when it sends the event,
 *                      and the record's own {@code traceparent} header carries it on to the consumer.
 */
public record EventEnvelope(UUID id, String type, String aggregateId, Instant occurredAt, JsonNode payload,
                            Integer schemaVersion,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> traceContext) {

    public EventEnvelope {
        // boxed and defaulted here: a missing primitive would trip the services' FAIL_ON_NULL_FOR_PRIMITIVES
        schemaVersion = schemaVersion == null ? 1 : schemaVersion;
        traceContext = traceContext == null ? Map.of() : Map.copyOf(traceContext);
    }

    /** An event of the first schema version, created outside any trace. */
    public EventEnvelope(UUID id, String type, String aggregateId, Instant occurredAt, JsonNode payload) {
        this(id, type, aggregateId, occurredAt, payload, 1, Map.of());
    }
}
