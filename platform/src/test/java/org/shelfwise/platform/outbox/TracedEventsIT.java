package org.shelfwise.platform.outbox;

import io.micrometer.tracing.Tracer;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.shelfwise.embedded.testing.ExportedSpans;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.platform.inbox.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event added to the outbox inside a trace reaches its consumer in that trace: the envelope keeps the context it
 * was added in, the relay sends the record in a span continued from it (with the standard {@code traceparent}
 * header), and the listener runs, and logs, in a span whose parent is the producer's.
 */
@SpringBootTest(classes = TracedEventsIT.Service.class, properties = {
        "spring.flyway.locations=classpath:db/platform",
        "spring.kafka.consumer.group-id=platform-test",
        "spring.kafka.consumer.auto-offset-reset=earliest",
        // as every service configures them
        "spring.kafka.template.observation-enabled=true",
        "spring.kafka.listener.observation-enabled=true",
        // every trace recorded, and handed to the exporter at once
        "management.tracing.sampling.probability=1.0",
        "management.opentelemetry.tracing.export.schedule-delay=50ms",
        // only a commit's notification can wake the relay within these tests
        "shelfwise.outbox.fallback-poll=10m"})
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
@ExtendWith(OutputCaptureExtension.class)
class TracedEventsIT {

    static final String TOPIC = "shelfwise.platform-test.things";

    @Autowired
    Outbox outbox;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    Tracer tracer;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Deliveries deliveries;
    @Autowired
    ExportedSpans spans;

    @Test
    void theConsumerContinuesTheTraceTheEventWasAddedIn(CapturedOutput output) {
        String thing = UUID.randomUUID().toString();
        var request = tracer.nextSpan().name("desk request").start();
        try (var scope = tracer.withSpan(request)) {
            transaction.executeWithoutResult(status -> outbox.add(TOPIC, thing, "ThingHappened", Map.of("n", 1)));
        } finally {
            request.end();
        }
        String traceId = request.context().traceId();

        Delivery delivery = deliveries.await(thing);
        // the envelope names the span the event was added in; the record's header, the producer's span in that trace
        assertThat(delivery.envelopeTraceparent()).isEqualTo("00-" + traceId + "-" + request.context().spanId() + "-01");
        assertThat(delivery.headerTraceparent()).startsWith("00-" + traceId + "-").endsWith("-01")
                .doesNotContain(request.context().spanId());
        assertThat(delivery.listenerTraceId()).isEqualTo(traceId);
        assertThat(delivery.loggedTraceId()).isEqualTo(traceId);
        assertThat(output.getAll().lines().filter(line -> line.contains("Handled ThingHappened " + thing)))
                .singleElement().asString().contains(traceId);

        // one trace: desk request -> outbox relay -> Kafka send -> listener, each the parent of the next
        SpanData receive = spans.await(traceId, SpanKind.CONSUMER, TOPIC + " process");
        SpanData send = spans.await(traceId, SpanKind.PRODUCER, TOPIC + " send");
        SpanData relay = spans.await(traceId, SpanKind.CONSUMER, "outbox relay " + TOPIC);
        assertThat(receive.getParentSpanId()).isEqualTo(send.getSpanId());
        assertThat(send.getParentSpanId()).isEqualTo(relay.getSpanId());
        assertThat(relay.getParentSpanId()).isEqualTo(request.context().spanId());
        assertThat(relay.getAttributes().get(AttributeKey.stringKey("shelfwise.event.type"))).isEqualTo("ThingHappened");
        // both ends name the event, so its trace can be found by its id
        assertThat(relay.getAttributes().get(AttributeKey.stringKey("shelfwise.event.id"))).isEqualTo(delivery.eventId());
        assertThat(receive.getAttributes().get(AttributeKey.stringKey("shelfwise.event.id"))).isEqualTo(delivery.eventId());
    }

    @Test
    void anEventAddedOutsideAnyTraceCarriesNoContextAndIsDeliveredInATraceOfItsOwn() {
        String thing = UUID.randomUUID().toString();
        transaction.executeWithoutResult(status -> outbox.add(TOPIC, thing, "ThingHappened", Map.of("n", 2)));

        Delivery delivery = deliveries.await(thing);
        assertThat(delivery.value()).doesNotContain("traceContext");
        assertThat(delivery.headerTraceparent()).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(delivery.listenerTraceId()).isEqualTo(delivery.headerTraceparent().substring(3, 35));
    }

    @Test
    void eventsAddedTogetherOutsideAnyTraceAreRelayedInOneSpanThatEachRecordsHeaderNames() {
        var things = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString(), UUID.randomUUID().toString());
        transaction.executeWithoutResult(status -> outbox.addAll(TOPIC, things.stream()
                .map(thing -> new Outbox.Event(thing, "ThingHappened", Map.of("n", 6))).toList()));

        var delivered = things.stream().map(deliveries::await).toList();
        String traceparent = delivered.getFirst().headerTraceparent();
        assertThat(traceparent).matches("00-[0-9a-f]{32}-[0-9a-f]{16}-01");
        assertThat(delivered).allSatisfy(delivery -> {
            assertThat(delivery.value()).doesNotContain("traceContext");
            assertThat(delivery.headerTraceparent()).isEqualTo(traceparent);
            assertThat(delivery.listenerTraceId()).isEqualTo(traceparent.substring(3, 35));
        });
        SpanData relay = spans.await(traceparent.substring(3, 35), SpanKind.CONSUMER, "outbox relay " + TOPIC);
        assertThat(traceparent).contains("-" + relay.getSpanId() + "-");
        assertThat(relay.getAttributes().get(AttributeKey.stringKey("messaging.batch.message_count"))).isEqualTo("3");
    }

    @Test
    void eventsAddedTogetherInATraceAreRelayedInOneSpanContinuedFromIt() {
        var things = List.of(UUID.randomUUID().toString(), UUID.randomUUID().toString());
        var request = tracer.nextSpan().name("import request").start();
        try (var scope = tracer.withSpan(request)) {
            transaction.executeWithoutResult(status -> outbox.addAll(TOPIC, things.stream()
                    .map(thing -> new Outbox.Event(thing, "ThingHappened", Map.of("n", 7))).toList()));
        } finally {
            request.end();
        }
        String traceId = request.context().traceId();

        var delivered = things.stream().map(deliveries::await).toList();
        SpanData relay = spans.await(traceId, SpanKind.CONSUMER, "outbox relay " + TOPIC);
        assertThat(relay.getParentSpanId()).isEqualTo(request.context().spanId());
        assertThat(relay.getAttributes().get(AttributeKey.stringKey("messaging.batch.message_count"))).isEqualTo("2");
        assertThat(delivered).allSatisfy(delivery -> {
            assertThat(delivery.headerTraceparent()).isEqualTo("00-" + traceId + "-" + relay.getSpanId() + "-01");
            assertThat(delivery.listenerTraceId()).isEqualTo(traceId);
        });
    }

    @Test
    void relaysAndDeliversAnEventStoredBeforeEventsKeptTheirTrace() {
        String thing = UUID.randomUUID().toString();
        UUID eventId = UUID.randomUUID();
        // a row as the outbox wrote them before: no traceContext in the envelope
        String envelope = """
                {"id":"%s","type":"ThingHappened","aggregateId":"%s","occurredAt":"2030-01-10T10:00:00Z","payload":{"n":3}}"""
                .formatted(eventId, thing);
        jdbc.sql("insert into outbox (topic, record_key, envelope, created_at) values (?, ?, ?, now())")
                .params(TOPIC, thing, envelope).update();

        Delivery delivery = deliveries.await(thing);
        assertThat(delivery.value()).isEqualTo(envelope);
        assertThat(delivery.envelopeTraceparent()).isNull();
        assertThat(delivery.listenerTraceId()).isEqualTo(delivery.headerTraceparent().substring(3, 35));
        // the listener saw it inside the inbox's transaction, which commits just after
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("select count(*) from inbox where event_id = ?")
                .param(eventId).query(Long.class).single() == 1);
    }

    @Test
    void anEventLeavesForTheBrokerWithinAFewMillisecondsOfItsCommitWokenByTheDatabase() {
        // the first send also connects the producer: warm it up
        String first = UUID.randomUUID().toString();
        transaction.executeWithoutResult(status -> outbox.add(TOPIC, first, "ThingHappened", Map.of("n", 4)));
        deliveries.await(first);

        String thing = UUID.randomUUID().toString();
        long committed = System.nanoTime();
        transaction.executeWithoutResult(status -> outbox.add(TOPIC, thing, "ThingHappened", Map.of("n", 5)));
        await().atMost(Duration.ofMillis(500)).pollInterval(Duration.ofMillis(5)).until(() -> jdbc
                .sql("select count(*) from outbox where record_key = ?").param(thing).query(Long.class).single() == 0);
        System.out.printf("relayed %d ms after its commit%n", (System.nanoTime() - committed) / 1_000_000);
        deliveries.await(thing);
    }

    /** What the listener saw of one event. */
    record Delivery(String eventId, String value, String envelopeTraceparent, String headerTraceparent,
                    String listenerTraceId, String loggedTraceId) {
    }

    /** The events the listener handled, by aggregate id. */
    static class Deliveries {
        private final Map<String, Delivery> byAggregate = new ConcurrentHashMap<>();

        Delivery await(String aggregateId) {
            return org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(20))
                    .until(() -> byAggregate.get(aggregateId), delivery -> delivery != null);
        }
    }

    /** A service that consumes its own events the way every Shelfwise listener does: through the inbox. */
    @SpringBootConfiguration
    @EnableAutoConfiguration
    static class Service {

        private static final Logger log = LoggerFactory.getLogger(Service.class);

        @Bean
        NewTopic things() {
            return new NewTopic(TOPIC, 1, (short) 1);
        }

        @Bean
        Deliveries deliveries() {
            return new Deliveries();
        }

        @Bean
        ExportedSpans exportedSpans() {
            return new ExportedSpans();
        }

        @Bean
        Listener listener(Inbox inbox, Tracer tracer, Deliveries deliveries, JsonMapper json) {
            return new Listener(inbox, tracer, deliveries, json);
        }

        record Listener(Inbox inbox, Tracer tracer, Deliveries deliveries, JsonMapper json) {

            @KafkaListener(topics = TOPIC)
            void on(ConsumerRecord<String, String> record) {
                var header = record.headers().lastHeader("traceparent");
                inbox.handleOnce(inbox.read(record.value()), event -> {
                    log.info("Handled {} {}", event.type(), event.aggregateId());
                    deliveries.byAggregate.put(event.aggregateId(), new Delivery(event.id().toString(), record.value(),
                            event.traceContext().get("traceparent"),
                            header == null ? null : new String(header.value(), StandardCharsets.UTF_8),
                            tracer.currentSpan() == null ? null : tracer.currentSpan().context().traceId(),
                            MDC.get("traceId")));
                });
            }
        }
    }
}
