package org.shelfwise.patrons.patrons;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.patrons.PatronsIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Editing a patron's details under their ETag, and renewing their card. */
@PatronsIntegrationTest
class PatronRecordIT {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;
    HttpJson api;

    @BeforeEach
    void api() {
        api = new HttpJson(port).signedInAs("admin", PatronsIntegrationTest.ADMIN_PASSWORD);
    }

    @Test
    void editsAPatronsDetailsGivenTheETagAndPublishesTheChange() {
        var patron = register();
        String path = "/api/patrons/" + patron.get("id").asString();
        var read = api.get(path);
        String etag = read.etag();
        String email = PatronsApiIT.unique("new") + "@example.org";

        var edited = api.header("If-Match", etag).put(path, edit("Ada King", email, "student"));

        assertThat(edited.status()).isEqualTo(200);
        assertThat(edited.body().get("name").asString()).isEqualTo("Ada King");
        assertThat(edited.body().get("email").asString()).isEqualTo(email);
        assertThat(edited.body().get("phone").asString()).isEqualTo("+44 20 7946 0000");
        assertThat(edited.body().get("category").asString()).isEqualTo("student");
        assertThat(edited.body().get("barcode")).isEqualTo(patron.get("barcode"));
        String newTag = edited.etag();
        assertThat(newTag).isNotEqualTo(etag);
        assertThat(api.get(path).body()).isEqualTo(edited.body());
        assertThat(api.get(path).etag()).isEqualTo(newTag);
        var event = lastEventAbout(patron.get("id").asString(), 2);
        assertThat(event.get("type").asString()).isEqualTo("PatronUpdated");
        assertThat(event.get("payload").get("name").asString()).isEqualTo("Ada King");
        assertThat(event.get("payload").get("category").asString()).isEqualTo("student");
    }

    @Test
    void refusesAnEditWithoutIfMatchAs428AndAStaleOneAs412AndKeepsTheNewerVersion() {
        var patron = register();
        String path = "/api/patrons/" + patron.get("id").asString();
        String etag = api.get(path).etag();
        assertThat(api.header("If-Match", etag).put(path, edit("First Edit", patron.get("email").asString(), "adult"))
                .status()).isEqualTo(200);

        var missing = api.put(path, edit("No Tag", patron.get("email").asString(), "adult"));
        var stale = api.header("If-Match", etag).put(path, edit("Stale Edit", patron.get("email").asString(), "adult"));

        assertThat(missing.status()).isEqualTo(428);
        assertThat(missing.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:if-match-required");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:stale-revision");
        assertThat(api.get(path).body().get("name").asString()).isEqualTo("First Edit");
    }

    @Test
    void refusesAnInvalidEditNamingTheFieldAndRule() {
        var patron = register();
        var other = register();
        String path = "/api/patrons/" + patron.get("id").asString();
        String etag = api.get(path).etag();

        assertField(api.header("If-Match", etag).put(path, edit(" ", "x@example.org", "adult")), 400, "name", "NotBlank");
        assertField(api.header("If-Match", etag).put(path, edit("Ada", "not-an-email", "adult")), 400, "email", "Email");
        assertField(api.header("If-Match", etag).put(path, edit("Ada", "x@example.org", "Adult!")), 400, "category", "Pattern");
        assertField(api.header("If-Match", etag).put(path, edit("Ada", "x@example.org", "nosuch")), 422, "category", null);
        assertField(api.header("If-Match", etag).put(path, edit("Ada", other.get("email").asString(), "adult")), 409,
                "email", "unique");
        assertThat(api.get(path).etag()).isEqualTo(etag);
    }

    @Test
    void renewsAValidCardFromItsExpiryAndAnExpiredOneFromToday() {
        var patron = register();
        String id = patron.get("id").asString();
        var expiry = LocalDate.parse(patron.get("cardExpiresOn").asString());

        var renewed = api.post("/api/patrons/" + id + "/card-renewal", null);

        assertThat(renewed.status()).isEqualTo(200);
        assertThat(renewed.body().get("cardExpiresOn").asString()).isEqualTo(expiry.plusMonths(36).toString());
        jdbc.sql("update patrons set card_expires_on = current_date - 10 where id = ?::uuid").param(id).update();
        var again = api.post("/api/patrons/" + id + "/card-renewal", null);
        assertThat(again.body().get("cardExpiresOn").asString()).isEqualTo(LocalDate.now().plusMonths(36).toString());
        assertThat(again.body().get("status").asString()).isEqualTo("ACTIVE");
        assertThat(lastEventAbout(id, 3).get("payload").get("cardExpiresOn").asString())
                .isEqualTo(LocalDate.now().plusMonths(36).toString());
    }

    @Test
    void aPatronMayNeitherEditTheirRecordNorRenewTheirCard() {
        String email = PatronsApiIT.unique("self") + "@example.org";
        var patron = api.post("/api/patrons", """
                {"name": "Self Service", "email": "%s", "password": "a long patron password"}""".formatted(email)).body();
        var self = new HttpJson(port).signedInAs(email, "a long patron password");
        String path = "/api/patrons/" + patron.get("id").asString();
        String etag = self.get(path).etag();

        assertThat(self.header("If-Match", etag).put(path, edit("Changed", email, "staff")).status()).isEqualTo(403);
        assertThat(self.post(path + "/card-renewal", null).status()).isEqualTo(403);
    }

    private void assertField(HttpJson.Response response, int status, String field, String rule) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        List<String> errors = response.body().get("errors").valueStream()
                .map(e -> e.get("field").asString() + (rule == null ? "" : "/" + e.get("rule").asString())).toList();
        assertThat(errors).contains(rule == null ? field : field + "/" + rule);
    }

    private static String edit(String name, String email, String category) {
        return """
                {"name": "%s", "email": "%s", "phone": "+44 20 7946 0000", "category": "%s"}"""
                .formatted(name, email, category);
    }

    private JsonNode register() {
        var response = api.post("/api/patrons", """
                {"name": "Ada Lovelace", "email": "%s"}""".formatted(PatronsApiIT.unique("ada") + "@example.org"));
        assertThat(response.status()).isEqualTo(201);
        return response.body();
    }

    /** The last of {@code count} events about the patron, once all of them are on the topic. */
    private JsonNode lastEventAbout(String patronId, int count) {
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class,
                ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class))) {
            var partitions = consumer.partitionsFor(PatronTopic.TOPIC, Duration.ofSeconds(10)).stream()
                    .map(p -> new TopicPartition(p.topic(), p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            var about = new ArrayList<String>();
            await().atMost(Duration.ofSeconds(30)).pollInSameThread().until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (patronId.equals(r.key())) {
                        about.add(r.value());
                    }
                });
                return about.size() >= count;
            });
            return json.readTree(about.get(count - 1));
        }
    }
}
