package org.shelfwise.platform.events;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.platform.inbox.Inbox;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.TransientDataAccessResourceException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A listener wired as every service's are ({@link ListenerFailures}, through the platform's auto-configuration):
 * a transient failure is outlasted, however many tries it takes, and the event is then applied once; a record that
 * can never be handled goes to the dead-letter topic and does not hold up the events behind it.
 */
@SpringBootTest(classes = ListenerFailuresIT.Service.class, properties = {
        "spring.flyway.locations=classpath:db/platform",
        "spring.kafka.consumer.group-id=platform-failures-test",
        "spring.kafka.consumer.auto-offset-reset=earliest",
        "shelfwise.kafka.retry.first=5ms",
        "shelfwise.kafka.retry.longest=20ms"})
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class ListenerFailuresIT {

    static final String TOPIC = "shelfwise.platform-test.failures";
    /** More than the ten tries after which Spring Kafka's default error handler gives up and skips the record. */
    static final int FAILURES = 25;

    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    Listener listener;
    @Autowired
    DeadLetters deadLetters;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anEventWhoseHandlingFailsForAWhileIsTriedUntilItSucceedsAndAppliedOnce() {
        String thing = UUID.randomUUID().toString();
        UUID eventId = UUID.randomUUID();
        listener.failing.put(thing, FAILURES);

        kafka.send(TOPIC, thing, envelope(eventId, thing, "1"));

        await().atMost(Duration.ofSeconds(30)).until(() -> listener.applied.containsKey(thing));
        assertThat(listener.attempts.get(thing)).hasValue(FAILURES + 1);
        assertThat(listener.applied.get(thing)).isEqualTo("1");
        assertThat(jdbc.sql("select count(*) from inbox where event_id = ?").param(eventId).query(Long.class).single())
                .isEqualTo(1);
        assertThat(deadLetters.byKey).doesNotContainKey(thing);
    }

    @Test
    void recordsThatCanNeverBeHandledGoToTheDeadLetterTopicAndTheEventsBehindThemAreApplied() {
        String thing = UUID.randomUUID().toString();
        String notAnEnvelope = "{\"id\": \"not a uuid\", \"type\": ";
        String badPayload = envelope(UUID.randomUUID(), thing, "not a number");

        // one key, so one partition: the good event waits behind the two bad ones
        kafka.send(TOPIC, thing, notAnEnvelope);
        kafka.send(TOPIC, thing, badPayload);
        kafka.send(TOPIC, thing, envelope(UUID.randomUUID(), thing, "2"));

        await().atMost(Duration.ofSeconds(30)).until(() -> listener.applied.containsKey(thing));
        assertThat(listener.applied.get(thing)).isEqualTo("2");
        await().atMost(Duration.ofSeconds(30)).until(() -> deadLetters.byKey.getOrDefault(thing, Map.of()).size() == 2);
        var dead = deadLetters.byKey.get(thing);
        assertThat(dead).containsOnlyKeys(notAnEnvelope, badPayload);
        assertThat(dead.get(notAnEnvelope)).startsWith("tools.jackson.");
        assertThat(dead.get(badPayload)).startsWith("java.lang.NumberFormatException: ");
        // tried once each: retrying could not have helped
        assertThat(listener.attempts.get(thing)).hasValue(2);
    }

    private static String envelope(UUID id, String thing, String n) {
        return """
                {"id":"%s","type":"ThingCounted","aggregateId":"%s","occurredAt":"2030-01-10T10:00:00Z","payload":{"n":"%s"}}"""
                .formatted(id, thing, n);
    }

    /** Handles each event through the inbox, failing as told first; counts its tries of each envelope it reads. */
    static class Listener {
        final Map<String, Integer> failing = new ConcurrentHashMap<>();
        final Map<String, AtomicInteger> attempts = new ConcurrentHashMap<>();
        final Map<String, String> applied = new ConcurrentHashMap<>();
        private final Inbox inbox;

        Listener(Inbox inbox) {
            this.inbox = inbox;
        }

        @KafkaListener(topics = TOPIC)
        void on(ConsumerRecord<String, String> record) {
            var event = inbox.read(record.value());
            inbox.handleOnce(event, e -> {
                attempts.computeIfAbsent(e.aggregateId(), key -> new AtomicInteger()).incrementAndGet();
                if (failing.merge(e.aggregateId(), -1, Integer::sum) >= 0) {
                    throw new TransientDataAccessResourceException("the database is out of reach");
                }
                String n = e.payload().get("n").asString();
                Integer.parseInt(n);
                applied.put(e.aggregateId(), n);
            });
        }
    }

    /**
     * What reached the dead-letter topic: by key, each record's value and the exception it carries (the listener's
     * exception, under the container's wrapper).
     */
    static class DeadLetters {
        final Map<String, Map<String, String>> byKey = new ConcurrentHashMap<>();

        @KafkaListener(topics = TOPIC + ListenerFailures.DEAD_LETTER_SUFFIX, groupId = "platform-failures-test-dlt")
        void on(ConsumerRecord<String, String> record) {
            var exception = record.headers().lastHeader("kafka_dlt-exception-cause-fqcn");
            var message = record.headers().lastHeader("kafka_dlt-exception-message");
            byKey.computeIfAbsent(record.key(), key -> new ConcurrentHashMap<>()).put(record.value(),
                    new String(exception.value(), StandardCharsets.UTF_8) + ": "
                            + new String(message.value(), StandardCharsets.UTF_8));
        }
    }

    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Service {

        @Bean
        NewTopic failures() {
            return new NewTopic(TOPIC, 1, (short) 1);
        }

        @Bean
        Listener listener(Inbox inbox) {
            return new Listener(inbox);
        }

        @Bean
        DeadLetters deadLetters() {
            return new DeadLetters();
        }
    }
}
