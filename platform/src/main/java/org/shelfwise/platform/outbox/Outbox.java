package org.shelfwise.platform.outbox;

import org.shelfwise.platform.events.EventEnvelope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
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
    }

    /** Adds an event about {@code aggregateId} to be published on {@code topic}; must run inside a transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(String topic, Object aggregateId, String type, Object payload) {
        var envelope = new EventEnvelope(UUID.randomUUID(), type, aggregateId.toString(), clock.instant(),
                json.valueToTree(payload), tracing.current());
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
        var trace = tracing.current();
        for (int i = 0; i < n; i++) {
            var event = events.get(i);
            var envelope = new EventEnvelope(UUID.randomUUID(), event.type(), event.aggregateId().toString(), now,
                    json.valueToTree(event.payload()), trace);
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
}
