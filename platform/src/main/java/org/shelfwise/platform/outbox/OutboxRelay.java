package org.shelfwise.platform.outbox;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Sends committed outbox rows to Kafka, oldest first, and deletes them once the broker has acknowledged them.
 * Delivery is at least once: a crash between the acknowledgement and the delete sends a batch again, which
 * consumers absorb by event id. A PostgreSQL advisory lock lets only one instance of a service relay at a
 * time, so events about one aggregate leave in the order they were committed.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x5e1f_0001L;

    private final JdbcClient jdbc;
    private final KafkaTemplate<String, String> kafka;
    private final TransactionTemplate transaction;
    private final int batchSize;
    private volatile boolean brokerWasDown;

    public OutboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka, TransactionTemplate transaction,
                       int batchSize) {
        this.jdbc = jdbc;
        this.kafka = kafka;
        this.transaction = transaction;
        this.batchSize = batchSize;
    }

    record Pending(long id, String topic, String recordKey, String envelope) {
    }

    @Scheduled(fixedDelayString = "${shelfwise.outbox.poll-interval:100ms}")
    public void relay() {
        try {
            int sent;
            do {
                sent = relayBatch();
            } while (sent == batchSize);
            if (brokerWasDown) {
                log.info("Outbox relay reaches the broker again");
                brokerWasDown = false;
            }
        } catch (RuntimeException e) {
            if (!brokerWasDown) {
                log.warn("Outbox relay cannot publish, will retry: {}", e.getMessage());
                brokerWasDown = true;
            }
        }
    }

    /** Sends one batch and returns how many events it sent. */
    int relayBatch() {
        Integer sent = transaction.execute(status -> {
            boolean locked = jdbc.sql("select pg_try_advisory_xact_lock(?)").param(RELAY_LOCK)
                    .query(Boolean.class).single();
            if (!locked) {
                return 0;
            }
            List<Pending> batch = jdbc.sql("""
                            select id, topic, record_key, envelope
                            from outbox order by id limit ?""")
                    .param(batchSize).query(Pending.class).list();
            if (batch.isEmpty()) {
                return 0;
            }
            var acks = batch.stream()
                    .map(p -> kafka.send(p.topic(), p.recordKey(), p.envelope()))
                    .toArray(CompletableFuture[]::new);
            try {
                CompletableFuture.allOf(acks).get(15, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("broker did not acknowledge the batch", e);
            }
            // by id, not by range: a row with a lower id may have committed since the batch was read
            jdbc.sql("delete from outbox where id in (:ids)")
                    .param("ids", batch.stream().map(Pending::id).toList()).update();
            return batch.size();
        });
        return sent == null ? 0 : sent;
    }
}
