package org.shelfwise.platform.outbox;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Sends committed outbox rows to Kafka, oldest first, and deletes them once the broker has acknowledged them.
 * Delivery is at least once: a crash between the acknowledgement and the delete sends a batch again, which
 * consumers absorb by event id. A PostgreSQL advisory lock lets only one instance of a service relay at a
 * time, so events about one aggregate leave in the order they were committed. Each record is sent in the trace its
 * event was added in (see {@link OutboxTracing}). {@link RelayWakeUps} runs it when rows commit, and every few seconds
 * besides.
 */
public class OutboxRelay {

    private static final Logger log = LoggerFactory.getLogger(OutboxRelay.class);
    private static final long RELAY_LOCK = 0x5e1f_0001L;

    private final JdbcClient jdbc;
    private final KafkaTemplate<String, String> kafka;
    private final KafkaTemplate<String, String> unobserved;
    private final TransactionTemplate transaction;
    private final JsonMapper json;
    private final OutboxTracing tracing;
    private final int batchSize;
    private volatile boolean brokerWasDown;

    public OutboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka, TransactionTemplate transaction,
                       JsonMapper json, OutboxTracing tracing, int batchSize) {
        this.jdbc = jdbc;
        this.kafka = kafka;
        // the same producer, without Kafka's observation of each record: a run of events of one trace is observed once
        this.unobserved = new KafkaTemplate<>(kafka.getProducerFactory());
        this.transaction = transaction;
        this.json = json;
        this.tracing = tracing;
        this.batchSize = batchSize;
    }

    record Pending(long id, String topic, String recordKey, String envelope) {
    }

    /**
     * What the relay reads of a stored envelope: the event's id and type, and the trace it was added in. The rest
     * (time, payload) is skipped unparsed: reading whole envelopes built each payload's tree and parsed each event's
     * time, which the JDK does by building a new date-time formatter every time.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Relayed(UUID id, String type, Map<String, String> traceContext) {
    }

    /** Sends every committed row; false when the broker or the database failed it, and rows may be left. */
    public boolean relay() {
        try {
            int sent;
            do {
                sent = relayBatch();
            } while (sent == batchSize);
            if (brokerWasDown) {
                log.info("Outbox relay reaches the broker again");
                brokerWasDown = false;
            }
            return true;
        } catch (RuntimeException e) {
            if (!brokerWasDown) {
                log.warn("Outbox relay cannot publish, will retry: {}", e.getMessage());
                brokerWasDown = true;
            }
            return false;
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
                    .param(batchSize)
                    // mapped by hand: query(Pending.class) would look record_key up as "recordKey" first, and the
                    // driver throws an exception for each column it does not find, once for every event relayed
                    .query((rs, row) -> new Pending(rs.getLong("id"), rs.getString("topic"), rs.getString("record_key"),
                            rs.getString("envelope")))
                    .list();
            if (batch.isEmpty()) {
                return 0;
            }
            var acks = send(batch);
            try {
                CompletableFuture.allOf(acks.toArray(CompletableFuture[]::new)).get(15, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("broker did not acknowledge the batch", e);
            }
            // by id, not by range: a row with a lower id may have committed since the batch was read
            jdbc.sql("delete from outbox where id = any(?)")
                    .param(batch.stream().map(Pending::id).toArray(Long[]::new)).update();
            return batch.size();
        });
        return sent == null ? 0 : sent;
    }

    /**
     * Sends the batch's envelopes as stored, in order, each in the trace it was added in. An event alone in its trace
     * is sent in an observation of its own (tagged with its id and type), Kafka's own observation of the send inside
     * it. A run of events added in one trace, or all outside any (an import job's, thousands a minute), is sent in
     * one observation, continued from that trace: each record carries it in its {@code traceparent} header, as
     * Kafka's observation would have written it, through the same producer without that observation.
     */
    private List<CompletableFuture<?>> send(List<Pending> batch) {
        var acks = new ArrayList<CompletableFuture<?>>();
        var run = new ArrayList<Pending>();
        var events = new ArrayList<Relayed>();
        for (var pending : batch) {
            Relayed event;
            try {
                event = json.readValue(pending.envelope(), Relayed.class);
            } catch (JacksonException e) {
                // not written by Outbox; deliver it anyway rather than hold up every event behind it
                log.warn("Outbox row {} is not an event envelope, sending it untraced", pending.id());
                send(run, events, acks);
                acks.add(kafka.send(pending.topic(), pending.recordKey(), pending.envelope()));
                continue;
            }
            if (!events.isEmpty() && !context(events.getFirst()).equals(context(event))) {
                send(run, events, acks);
            }
            run.add(pending);
            events.add(event);
        }
        send(run, events, acks);
        return acks;
    }

    private static Map<String, String> context(Relayed event) {
        return event.traceContext() == null ? Map.of() : event.traceContext();
    }

    /** Sends a run of events of one trace context, and empties it. */
    private void send(List<Pending> run, List<Relayed> events, List<CompletableFuture<?>> acks) {
        if (run.size() == 1) {
            var pending = run.getFirst();
            acks.add(tracing.relay(pending.topic(), events.getFirst(),
                    () -> kafka.send(pending.topic(), pending.recordKey(), pending.envelope())));
        } else if (run.size() > 1) {
            var topics = run.stream().map(Pending::topic).distinct().sorted().toList();
            var records = List.copyOf(run);
            acks.add(tracing.relay(topics, context(events.getFirst()), records.size(), headers -> {
                var sent = new CompletableFuture<?>[records.size()];
                for (int i = 0; i < sent.length; i++) {
                    var pending = records.get(i);
                    var record = new ProducerRecord<>(pending.topic(), null, pending.recordKey(), pending.envelope());
                    headers.forEach((name, value) -> record.headers().add(name, value.getBytes(StandardCharsets.UTF_8)));
                    sent[i] = unobserved.send(record);
                }
                return CompletableFuture.allOf(sent);
            }));
        }
        run.clear();
        events.clear();
    }
}
