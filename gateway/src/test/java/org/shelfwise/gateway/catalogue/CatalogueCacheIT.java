package org.shelfwise.gateway.catalogue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.EmbeddedKafkaBroker;
import org.shelfwise.embedded.testing.TestTokens;
import org.shelfwise.events.catalog.BookEvent;
import org.shelfwise.events.catalog.CopyEvent;
import org.shelfwise.gateway.StubService;
import org.shelfwise.gateway.StubService.Reply;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The catalogue cache in a running gateway, in front of a stand-in catalog and a real Kafka broker that carries the
 * catalogue's events: warm reads never reach the catalog, a change shows within a second of its event, an ETag the
 * client has gets 304, and an answer to a request with a token is neither served from nor kept in the cache.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "shelfwise.gateway.cache.enabled=true",
        // long, so that only the events can explain an answer dropped within the tests
        "shelfwise.gateway.cache.book-ttl=10m", "shelfwise.gateway.cache.search-ttl=10m",
        "logging.level.org.shelfwise.gateway.catalogue=DEBUG"})
@AutoConfigureWebTestClient(timeout = "30s")
class CatalogueCacheIT {

    static final EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(
            Path.of("target", "embedded-kafka", "catalogue-cache-" + ProcessHandle.current().pid()), 0);
    static final StubService catalog = StubService.start("catalog");
    static final StubService keys = StubService.start("keys")
            .on("GET", "/api/auth/jwks", call -> Reply.json(TestTokens.jwks()));
    static final KafkaProducer<String, String> producer;

    static {
        try (var admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(BookEvent.TOPIC, 3, (short) 1),
                    new NewTopic(CopyEvent.TOPIC, 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrapServers()),
                new StringSerializer(), new StringSerializer());
    }

    @DynamicPropertySource
    static void infrastructure(DynamicPropertyRegistry registry) {
        registry.add("spring.kafka.bootstrap-servers", kafka::bootstrapServers);
        registry.add("spring.cloud.discovery.client.simple.instances.catalog[0].uri", catalog::uri);
        registry.add("spring.cloud.discovery.client.simple.instances.catalog[1].uri", catalog::uri);
        registry.add("shelfwise.security.jwks-uri", () -> keys.uri() + "/api/auth/jwks");
    }

    @AfterAll
    static void stop() {
        producer.close();
        catalog.stop();
        keys.stop();
    }

    @Autowired
    WebTestClient anonymous;
    @Autowired
    CatalogueCache cache;

    final UUID book = UUID.randomUUID();
    final String path = "/api/books/" + book;
    final AtomicInteger version = new AtomicInteger(1);

    @BeforeEach
    void catalogAnswersTheBookAtItsVersion() {
        catalog.on("GET", path, call -> Reply.json("{\"id\":\"" + book + "\",\"version\":" + version.get()
                        + ",\"token\":" + (call.header("Authorization") != null) + "}")
                .with("ETag", "\"" + version.get() + "\"").with("Cache-Control", "no-cache"));
        // the cache answers once the listener holds the events' partitions; a healthy catalog is seen by then too
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            anonymous.get().uri(path).exchange().expectStatus().isOk();
            return cache.isOpen() && CatalogueReads.ACCEPTS.stream()
                    .anyMatch(accept -> cache.find(new CacheKey(book, null, accept)).isPresent());
        });
    }

    @Test
    void answersAWarmReadFromMemoryAndAChangedBookWithinASecondOfItsEvent() {
        int calls = catalog.calls("GET", path).size();
        for (int i = 0; i < 5; i++) {
            anonymous.get().uri(path).exchange().expectStatus().isOk()
                    .expectHeader().valueEquals("ETag", "\"1\"")
                    .expectHeader().valueEquals("Cache-Control", "no-cache")
                    .expectHeader().doesNotExist("X-Served-By")
                    .expectBody().jsonPath("$.version").isEqualTo(1);
        }
        assertThat(catalog.calls("GET", path)).as("reads that reached the catalog").hasSize(calls);

        version.set(2);
        publish(BookEvent.TOPIC, book.toString(), "BookUpdated", "{\"bookId\":\"" + book + "\",\"title\":\"Emma\",\"version\":2}");
        Instant published = Instant.now();
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).until(() ->
                anonymous.get().uri(path).exchange().expectStatus().isOk().expectBody(Map.class).returnResult()
                        .getResponseBody().get("version").equals(2));
        System.out.printf("change visible through the gateway %d ms after its event%n",
                Duration.between(published, Instant.now()).toMillis());
    }

    @Test
    void answers304ToTheEtagTheClientHasWithoutAskingTheCatalog() {
        int calls = catalog.calls("GET", path).size();
        anonymous.get().uri(path).header("If-None-Match", "\"1\"").exchange()
                .expectStatus().isNotModified()
                .expectHeader().valueEquals("ETag", "\"1\"")
                .expectBody().isEmpty();
        anonymous.get().uri(path).header("If-None-Match", "\"0\"").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.version").isEqualTo(1);
        assertThat(catalog.calls("GET", path)).hasSize(calls);
    }

    @Test
    void neverAnswersARequestWithATokenFromMemoryNorKeepsItsAnswerForOthers() {
        int calls = catalog.calls("GET", path).size();
        anonymous.get().uri(path).header("Authorization", "Bearer " + TestTokens.librarian()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.token").isEqualTo(true);
        assertThat(catalog.calls("GET", path)).as("the signed-in read reached the catalog").hasSize(calls + 1);
        anonymous.get().uri(path).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.token").isEqualTo(false);
        assertThat(catalog.calls("GET", path)).as("the anonymous read came from memory").hasSize(calls + 1);
    }

    @Test
    void aClientAskingForAFreshAnswerGetsTheCatalogs() {
        int calls = catalog.calls("GET", path).size();
        anonymous.get().uri(path).header("Cache-Control", "no-cache").exchange().expectStatus().isOk();
        assertThat(catalog.calls("GET", path)).hasSize(calls + 1);
    }

    @Test
    void keepsASearchUntilAnyCopyChanges() {
        var searches = new AtomicInteger();
        catalog.on("GET", "/api/books", call -> Reply.json("{\"search\":" + searches.incrementAndGet() + "}")
                .with("Cache-Control", "no-cache"));
        String search = "/api/books?q=" + book;
        anonymous.get().uri(search).exchange().expectBody().jsonPath("$.search").isEqualTo(1);
        anonymous.get().uri(search).exchange().expectBody().jsonPath("$.search").isEqualTo(1);

        publish(CopyEvent.TOPIC, UUID.randomUUID().toString(), "CopyAvailabilityChanged",
                "{\"copyId\":\"" + UUID.randomUUID() + "\",\"bookId\":\"" + book + "\",\"status\":\"ON_LOAN\",\"version\":2}");
        await().atMost(Duration.ofSeconds(1)).pollInterval(Duration.ofMillis(20)).until(() ->
                !anonymous.get().uri(search).exchange().expectBody(Map.class).returnResult().getResponseBody()
                        .get("search").equals(1));
    }

    @Test
    void keepsNoAnswerThatForbidsIt() {
        String other = "/api/books/" + UUID.randomUUID();
        catalog.on("GET", other, call -> Reply.json("{}").with("Cache-Control", "no-store"));
        anonymous.get().uri(other).exchange().expectStatus().isOk();
        anonymous.get().uri(other).exchange().expectStatus().isOk();
        assertThat(catalog.calls("GET", other)).hasSize(2);
    }

    private static void publish(String topic, String key, String type, String payload) {
        String envelope = """
                {"id":"%s","type":"%s","aggregateId":"%s","occurredAt":"%s","payload":%s,"schemaVersion":1}"""
                .formatted(UUID.randomUUID(), type, key, Instant.now(), payload);
        try {
            producer.send(new ProducerRecord<>(topic, key, envelope)).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
