package org.shelfwise.platform.outbox;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.shelfwise.platform.events.EventEnvelope;
import org.shelfwise.platform.events.PublishedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Records events in the same database transaction as the change that causes them; {@link OutboxRelay}
 * sends them to Kafka after commit. Business code never calls the broker. Each event keeps the trace context it
 * was added in, so that its delivery joins the trace of the request that caused it.
 */
public class Outbox {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final OutboxTracing tracing;

    public Outbox(JdbcClient jdbc, JsonMapper json, Clock clock, OutboxTracing tracing) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.tracing = tracing;
    }

    /** One event of {@link #addAll}: what {@link #add} takes, the topic aside. */
    public record Event(Object aggregateId, String type, Object payload) {

        /** A published event, under its own class's name. */
        public static Event of(Object aggregateId, PublishedEvent event) {
            return new Event(aggregateId, event.type(), event);
        }
    }

    /**
     * Adds this event about {@code aggregateId} to be published on {@code topic}, under the type name its class gives
     * it and with its schema version; must run inside a transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(String topic, Object aggregateId, PublishedEvent event) {
        add(topic, aggregateId, event.type(), event);
    }

    /**
     * Adds an event about {@code aggregateId} under a type name of the caller's choosing, for payloads that are not
     * yet {@link PublishedEvent}s; a published event must travel under its own class's name. Must run inside a
     * transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(String topic, Object aggregateId, String type, Object payload) {
        var envelope = envelope(new Event(aggregateId, type, payload));
        jdbc.sql("insert into outbox (topic, record_key, envelope, created_at) values (?, ?, ?, ?)")
                .params(topic, envelope.aggregateId(), json.writeValueAsString(envelope),
                        Timestamp.from(envelope.occurredAt()))
                .update();
    }

    /**
     * Adds these events, in order, each as {@link #add} would, in one statement: a batch of changes (an import)
     * costs one round trip for its events rather than one each. Must run inside a transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void addAll(String topic, List<Event> events) {
        if (events.isEmpty()) {
            return;
        }
        int n = events.size();
        String[] keys = new String[n], envelopes = new String[n];
        var now = clock.instant();
        for (int i = 0; i < n; i++) {
            var envelope = envelope(events.get(i));
            keys[i] = envelope.aggregateId();
            envelopes[i] = json.writeValueAsString(envelope);
        }
        jdbc.sql("""
                insert into outbox (topic, record_key, envelope, created_at)
                select :topic, e.key, e.envelope, :now
                from unnest(cast(:keys as text[]), cast(:envelopes as text[])) with ordinality as e(key, envelope, n)
                order by e.n""")
                .param("topic", topic).param("keys", keys).param("envelopes", envelopes).param("now", Timestamp.from(now))
                .update();
    }

    /**
     * An {@link EventEnvelope} as it is written, member for member, with the payload serialised as it is rather than
     * made a tree first (which cost as much again as writing it).
     */
    record Stored(UUID id, String type, String aggregateId, Instant occurredAt, Object payload, Integer schemaVersion,
                  @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, String> traceContext) {
    }

    Stored envelope(Event event) {
        int schemaVersion = 1;
        if (event.payload() instanceof PublishedEvent published) {
            if (!published.type().equals(event.type())) {
                throw new IllegalArgumentException("a " + published.type() + " cannot be published as " + event.type()
                        + ": an event's type is its class's name");
            }
            schemaVersion = published.schemaVersion();
        }
        return new Stored(UUID.randomUUID(), event.type(), event.aggregateId().toString(), clock.instant(),
                event.payload(), schemaVersion, tracing.current());
    }
}
