package org.shelfwise.circulation;

import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.trace.data.SpanData;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.testing.ExportedSpans;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.test.context.ContextConfiguration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Trace context crosses Kafka both ways: into circulation's listeners, and out with its events. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "management.tracing.sampling.probability=1.0",
        "management.opentelemetry.tracing.export.schedule-delay=50ms"})
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class TracingIT {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    ProducerFactory<String, String> producers;
    @Autowired
    ConsumerFactory<String, String> consumers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ExportedSpans spans;

    @Test
    void handlesACatalogEventInTheTraceItWasSentIn() {
        String traceId = randomHex(32);
        String parentSpanId = randomHex(16);
        UUID copyId = UUID.randomUUID();
        String barcode = "T" + copyId.toString().substring(0, 8);
        sendCopyAdded(copyId, barcode, "00-" + traceId + "-" + parentSpanId + "-01");
        Replicas.awaitItem(jdbc, barcode);

        SpanData handled = spans.await(traceId, SpanKind.CONSUMER, Topics.CATALOG_COPIES + " process");
        assertThat(handled.getParentSpanId()).isEqualTo(parentSpanId);
    }

    @Test
    void aCheckOutsEventCarriesTheTraceOfTheRequestThatCausedIt() throws Exception {
        UUID patronId = UUID.randomUUID();
        String card = "P" + patronId.toString().substring(0, 8);
        new Events(kafka).patronRegistered(patronId, card, "Ada Lovelace");
        UUID copyId = UUID.randomUUID();
        String item = "T" + copyId.toString().substring(0, 8);
        sendCopyAdded(copyId, item, null);
        Replicas.awaitItem(jdbc, item);
        Replicas.awaitBorrower(jdbc, card);

        String traceId = randomHex(32);
        var checkOut = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/checkouts"))
                .header("Authorization", "Bearer " + TestTokens.librarian())
                .header("Content-Type", "application/json")
                .header("traceparent", "00-" + traceId + "-" + randomHex(16) + "-01")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"itemBarcode\":\"" + item + "\",\"patronBarcode\":\"" + card + "\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(checkOut.statusCode()).isEqualTo(201);

        ConsumerRecord<String, String> published = published(Topics.LOANS, copyId.toString());
        assertThat(published.value()).contains("ItemCheckedOut");
        var header = published.headers().lastHeader("traceparent");
        assertThat(header).isNotNull();
        assertThat(new String(header.value(), StandardCharsets.UTF_8)).startsWith("00-" + traceId + "-");
    }

    /** Sends a catalogue event as another service's relay would, with the given traceparent header (or none). */
    void sendCopyAdded(UUID copyId, String barcode, String traceparent) {
        String envelope = """
                {"id":"%s","type":"CopyAdded","aggregateId":"%s","occurredAt":"2030-01-10T10:00:00Z",
                 "payload":{"copyId":"%s","barcode":"%s","bookId":"%s","title":"Traced"}}"""
                .formatted(UUID.randomUUID(), copyId, copyId, barcode, UUID.randomUUID());
        var record = new ProducerRecord<>(Topics.CATALOG_COPIES, copyId.toString(), envelope);
        if (traceparent != null) {
            record.headers().add("traceparent", traceparent.getBytes(StandardCharsets.UTF_8));
        }
        // the producer itself, not the application's KafkaTemplate, which would write a traceparent of its own
        try {
            producers.createProducer().send(record).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** The record with this key on the topic, read by a consumer of its own from the beginning. */
    ConsumerRecord<String, String> published(String topic, String key) {
        try (var consumer = consumers.createConsumer("tracing-it-" + UUID.randomUUID(), null)) {
            consumer.subscribe(List.of(topic));
            return await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> StreamSupport
                    .stream(consumer.poll(Duration.ofMillis(200)).records(topic).spliterator(), false)
                    .filter(record -> key.equals(record.key()))
                    .findFirst(), Optional::isPresent).get();
        }
    }

    static String randomHex(int digits) {
        return UUID.randomUUID().toString().replace("-", "").repeat(2).substring(0, digits);
    }

    @TestConfiguration
    static class Spans {
        @Bean
        ExportedSpans exportedSpans() {
            return new ExportedSpans();
        }
    }
}
