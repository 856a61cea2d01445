package org.shelfwise.patrons.patrons;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.patrons.PatronsIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@PatronsIntegrationTest
class PatronEventsIT {

    private static final String TOPIC = "shelfwise.patrons.patrons";

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    @Autowired
    JsonMapper json;
    HttpJson api;
    KafkaConsumer<String, String> consumer;
    List<TopicPartition> partitions;
    final List<ConsumerRecord<String, String>> received = new ArrayList<>();

    @BeforeEach
    void connect() {
        api = new HttpJson(port).signedInAs("admin", PatronsIntegrationTest.ADMIN_PASSWORD);
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
        partitions = consumer.partitionsFor(TOPIC, Duration.ofSeconds(10)).stream()
                .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    @AfterEach
    void disconnect() {
        consumer.close();
    }

    @Test
    void declaresThePatronsTopicWithThreePartitions() {
        assertThat(partitions).hasSize(3);
    }

    @Test
    void announcesARegisteredPatronOnThePatronsTopicKeyedByPatronId() {
        var patron = register("Ada Lovelace", PatronsApiIT.unique("ada") + "@example.org");
        String id = patron.get("id").asString();

        var event = awaitEventAbout(id);

        assertThat(event.get("type").asString()).isEqualTo("PatronRegistered");
        assertThat(event.get("aggregateId").asString()).isEqualTo(id);
        assertThat(UUID.fromString(event.get("id").asString())).isNotNull();
        assertThat(event.get("occurredAt").isNull()).isFalse();
        assertThat(event.get("payload")).isEqualTo(json.readTree("""
                {"patronId": "%s", "barcode": "%s", "name": "Ada Lovelace", "email": "%s", "category": "adult",
                 "cardExpiresOn": "%s", "status": "ACTIVE", "blockedReason": null}"""
                .formatted(id, patron.get("barcode").asString(), patron.get("email").asString(),
                        patron.get("cardExpiresOn").asString())));
    }

    @Test
    void announcesNothingWhenARegistrationIsRejected() {
        String email = PatronsApiIT.unique("once") + "@example.org";
        awaitEventAbout(register("First Holder", email).get("id").asString());
        // the relay sends in commit order, so once an event is on the topic, every earlier one is too
        long before = recordsOnTopic();

        assertThat(api.post("/api/patrons", """
                {"name": "Second Holder", "email": "%s"}""".formatted(email)).status()).isEqualTo(409);
        awaitEventAbout(register("Later Patron", PatronsApiIT.unique("later") + "@example.org").get("id").asString());

        assertThat(recordsOnTopic() - before).as("only the later patron's event").isEqualTo(1);
    }

    private JsonNode awaitEventAbout(String patronId) {
        await().atMost(Duration.ofSeconds(30)).pollInSameThread().pollInterval(Duration.ofMillis(50))
                .until(() -> {
                    consumer.poll(Duration.ofMillis(200)).forEach(received::add);
                    return received.stream().anyMatch(r -> patronId.equals(r.key()));
                });
        return received.stream().filter(r -> patronId.equals(r.key())).findFirst()
                .map(r -> json.readTree(r.value())).orElseThrow();
    }

    private long recordsOnTopic() {
        var end = consumer.endOffsets(partitions);
        var start = consumer.beginningOffsets(partitions);
        return partitions.stream().mapToLong(p -> end.get(p) - start.get(p)).sum();
    }

    private JsonNode register(String name, String email) {
        var response = api.post("/api/patrons", """
                {"name": "%s", "email": "%s"}""".formatted(name, email));
        assertThat(response.status()).isEqualTo(201);
        return response.body();
    }
}
