package org.shelfwise.platform.outbox;

import org.shelfwise.platform.events.EventEnvelope;
import org.shelfwise.platform.events.PublishedEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.sql.Timestamp;
import java.time.Clock;
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

    /**
     * Adds this event about {@code aggregateId} to be published on {@code topic}, under the type name its class gives
     * it and with its schema version; must run inside a transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(String topic, Object aggregateId, PublishedEvent event) {
        write(topic, aggregateId, event.type(), event.schemaVersion(), event);
    }

    /**
     * Adds an event about {@code aggregateId} under a type name of the caller's choosing, for payloads that are not
     * yet {@link PublishedEvent}s; a published event must travel under its own class's name. Must run inside a
     * transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void add(String topic, Object aggregateId, String type, Object payload) {
        if (payload instanceof PublishedEvent event) {
            if (!event.type().equals(type)) {
                throw new IllegalArgumentException(
                        "a " + event.type() + " cannot be published as " + type + ": an event's type is its class's name");
            }
            add(topic, aggregateId, event);
            return;
        }
        write(topic, aggregateId, type, 1, payload);
    }

    private void write(String topic, Object aggregateId, String type, int schemaVersion, Object payload) {
        var envelope = new EventEnvelope(UUID.randomUUID(), type, aggregateId.toString(), clock.instant(),
                json.valueToTree(payload), schemaVersion, tracing.current());
        jdbc.sql("insert into outbox (topic, record_key, envelope, created_at) values (?, ?, ?, ?)")
                .params(topic, envelope.aggregateId(), json.writeValueAsString(envelope),
                        Timestamp.from(envelope.occurredAt()))
                .update();
    }
}
