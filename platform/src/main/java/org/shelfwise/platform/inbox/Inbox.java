package org.shelfwise.platform.inbox;

import org.shelfwise.platform.events.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.util.function.Consumer;

/**
 * Makes event consumption idempotent: an event's effect and the record that it was handled commit in one
 * transaction, so a second delivery of the same event changes nothing.
 */
public class Inbox {

    private static final Logger log = LoggerFactory.getLogger(Inbox.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate transaction;
    private final JsonMapper json;

    public Inbox(JdbcClient jdbc, TransactionTemplate transaction, JsonMapper json) {
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.json = json;
    }

    /** Parses a record's value as an {@link EventEnvelope}. */
    public EventEnvelope read(String value) {
        return json.readValue(value, EventEnvelope.class);
    }

    /** Applies {@code effect} to the event unless an earlier delivery of it was applied; returns whether it ran. */
    public boolean handleOnce(EventEnvelope event, Consumer<EventEnvelope> effect) {
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
        return Boolean.TRUE.equals(applied);
    }
}
