package org.shelfwise.catalog.caching;

import org.junit.jupiter.api.Test;
import org.shelfwise.catalog.Isbns;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.test.context.ContextConfiguration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/** The tests' infrastructure names a Redis server (a real one, started by the tests unless one is configured). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class RedisCachingIT {

    @LocalServerPort
    int port;
    @Autowired
    CacheManager caches;
    @Autowired
    RedisConnectionFactory redis;

    @Test
    void keepsBookDetailsInRedisAndEvictsThemOnChange() throws Exception {
        assertThat(caches.getCache(CachedData.BOOKS).getNativeCache()).isInstanceOf(RedisCacheWriter.class);
        var http = new HttpJson(port, TestTokens.librarian());
        String id = http.post("/api/books", "{\"title\":\"Dune\",\"authors\":[\"Frank Herbert\"],\"isbn\":\""
                + Isbns.unique() + "\"}").body().get("id").asString();
        // events coming back from Kafka may evict between two reads, as they should; the second of two reads in a
        // row is a hit once nothing does
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            double hits = CacheTesting.count(port, "books", "hit");
            assertThat(http.get("/api/books/" + id).body().get("title").asString()).isEqualTo("Dune");
            assertThat(http.get("/api/books/" + id).body().get("title").asString()).isEqualTo("Dune");
            assertThat(CacheTesting.count(port, "books", "hit")).isEqualTo(hits + 1);
        });
        assertThat(inRedis("shelfwise:catalog:books::" + id)).isTrue();

        var patch = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/books/" + id))
                .header("Content-Type", "application/merge-patch+json").header("If-Match", "\"0\"")
                .header("Authorization", "Bearer " + TestTokens.librarian())
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"title\":\"Dune Messiah\"}")).build();
        assertThat(HttpClient.newHttpClient().send(patch, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        assertThat(inRedis("shelfwise:catalog:books::" + id)).as("evicted at commit").isFalse();
        assertThat(http.get("/api/books/" + id).body().get("title").asString()).isEqualTo("Dune Messiah");
    }

    @Test
    void answersARepeatedSearchFromTheCacheAndANewBookClearsIt() {
        var http = new HttpJson(port, TestTokens.librarian());
        String word = "zc" + UUID.randomUUID().toString().replaceAll("[^a-z]", "");
        http.post("/api/books", "{\"title\":\"" + word + " one\",\"authors\":[\"A\"],\"isbn\":\"" + Isbns.unique() + "\"}");
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            double hits = CacheTesting.count(port, "searches", "hit");
            assertThat(http.get("/api/books?q=" + word).body().get("page").get("totalElements").asLong()).isEqualTo(1);
            assertThat(http.get("/api/books?q=" + word).body().get("page").get("totalElements").asLong()).isEqualTo(1);
            assertThat(CacheTesting.count(port, "searches", "hit")).isEqualTo(hits + 1);
        });

        http.post("/api/books", "{\"title\":\"" + word + " two\",\"authors\":[\"A\"],\"isbn\":\"" + Isbns.unique() + "\"}");
        assertThat(http.get("/api/books?q=" + word).body().get("page").get("totalElements").asLong()).isEqualTo(2);
    }

    boolean inRedis(String key) {
        try (var connection = redis.getConnection()) {
            return Boolean.TRUE.equals(connection.keyCommands().exists(key.getBytes(StandardCharsets.UTF_8)));
        }
    }
}
