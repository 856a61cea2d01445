package org.shelfwise.notifications;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.shelfwise.platform.events.EventEnvelope;
import org.shelfwise.platform.inbox.Inbox;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.function.Consumer;

/**
 * Applies a poll's records in one database transaction, each through the inbox so that a second delivery changes
 * nothing: one commit per poll instead of one per event. When the batch fails, its effects roll back as a whole and
 * its records are applied again one transaction each; the first that fails is reported by its index, so the
 * listener's error handler commits those before it and retries or dead-letters that one (platform's
 * ListenerFailures) as for a single record.
 */
@Component
public class EventBatches {

    private final Inbox inbox;
    private final TransactionTemplate transaction;

    EventBatches(Inbox inbox, TransactionTemplate transaction) {
        this.inbox = inbox;
        this.transaction = transaction;
    }

    public void apply(List<ConsumerRecord<String, String>> records, Consumer<EventEnvelope> effect) {
        try {
            transaction.executeWithoutResult(status -> records.forEach(record -> once(record, effect)));
        } catch (RuntimeException batchFailed) {
            for (int i = 0; i < records.size(); i++) {
                try {
                    once(records.get(i), effect);
                } catch (RuntimeException e) {
                    throw new BatchListenerFailedException(e.getMessage(), e, i);
                }
            }
        }
    }

    private void once(ConsumerRecord<String, String> record, Consumer<EventEnvelope> effect) {
        inbox.handleOnce(inbox.read(record.value()), effect);
    }
}
