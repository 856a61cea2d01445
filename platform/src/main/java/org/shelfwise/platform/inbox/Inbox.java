package org.shelfwise.platform.inbox;

import io.micrometer.tracing.Tracer;
import org.shelfwise.platform.events.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.util.function.Consumer;

/**
 * Makes event consumption idempotent: an event's effect and the record that it was handled commit in one
 * transaction, so a second delivery of the same event changes nothing. The listener's span (continued from the
 * record's {@code traceparent}) is tagged with the event it handled, and whether it was a repeat.
 */
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final Tracer tracer;

    public Inbox(JdbcClient jdbc, TransactionTemplate transaction, JsonMapper json, Tracer tracer) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
        this.tracer = tracer;
    }

    /** Parses a record's value as an {@link EventEnvelope}. */
    public EventEnvelope read(String value) {
        return json.readValue(value, EventEnvelope.class);
    }

    /** Applies {@code effect} to the event unless an earlier delivery of it was applied; returns whether it ran. */
    public boolean handleOnce(EventEnvelope event, Consumer<EventEnvelope> effect) {
        var span = tracer.currentSpan();
        if (span != null) {
            span.tag("shelfwise.event.id", event.id().toString()).tag("shelfwise.event.type", event.type());
        }
        Boolean applied = transaction.execute(status -> {
            int inserted = jdbc.sql("insert into inbox (event_id, type) values (?, ?) on conflict do nothing")
                    .params(event.id(), event.type()).update();
            if (inserted == 0) {
                log.debug("Ignoring second delivery of event {} ({})", event.id(), event.type());
                return false;
            }
            effect.accept(event);
            return true;
        });
        if (span != null && !Boolean.TRUE.equals(applied)) {
            span.tag("shelfwise.event.repeated", "true");
        }
        return Boolean.TRUE.equals(applied);
    }
}
