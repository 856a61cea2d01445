package org.shelfwise.catalog.caching;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shelfwise.catalog.CatalogApplication;
import org.shelfwise.catalog.Isbns;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.cache.CacheManager;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfiguration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.shelfwise.catalog.Envelopes.envelope;

/**
 * Without Redis: two instances on one database, each with its own in-process cache. A change made through one
 * must reach the other's cache.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = {EmbeddedInfrastructureInitializer.class, LocalCachingIT.NoRedis.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LocalCachingIT {

    @LocalServerPort
    int port;
    @Autowired
    CacheManager caches;
    @Autowired
    Environment environment;
    @Autowired
    BroadcastEvictions evictions;
    ConfigurableApplicationContext other;

    /** Runs after the infrastructure initializer and takes the Redis URL away again. */
    static class NoRedis implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("no-redis", Map.of("spring.data.redis.url", "")));
        }
    }

    int otherPort() {
        if (other == null) {
            other = new SpringApplicationBuilder(CatalogApplication.class).run(
                    "--server.port=0", "--spring.data.redis.url=",
                    "--spring.datasource.url=" + environment.getProperty("spring.datasource.url"),
                    "--spring.datasource.username=" + environment.getProperty("spring.datasource.username", "postgres"),
                    "--spring.datasource.password=" + environment.getProperty("spring.datasource.password", ""),
                    "--spring.kafka.bootstrap-servers=" + environment.getProperty("spring.kafka.bootstrap-servers"),
                    "--shelfwise.security.jwks-uri=" + TestTokens.jwksUri());
        }
        return ((WebServerApplicationContext) other).getWebServer().getPort();
    }

    @AfterAll
    void stopTheOtherInstance() {
        if (other != null) {
            other.close();
        }
    }

    @Test
    void evictsABookChangedThroughAnotherInstanceFromThisInstancesCache() throws Exception {
        assertThat(caches.getCache(CachedData.BOOKS).getNativeCache()).isInstanceOf(com.github.benmanes.caffeine.cache.Cache.class);
        var here = new HttpJson(port, TestTokens.librarian());
        String id = here.post("/api/books", "{\"title\":\"Solaris\",\"authors\":[\"Stanisław Lem\"],\"isbn\":\""
                + Isbns.unique() + "\"}").body().get("id").asString();
        // the book's own BookAdded event evicts it once more when it comes back from Kafka, as any instance's
        // event would; a read twice in a row is a hit once nothing evicts in between
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            double hits = CacheTesting.count(port, "books", "hit");
            here.get("/api/books/" + id);
            assertThat(here.get("/api/books/" + id).body().get("title").asString()).isEqualTo("Solaris");
            assertThat(CacheTesting.count(port, "books", "hit")).isEqualTo(hits + 1);
        });

        var patch = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + otherPort() + "/api/books/" + id))
                .header("Content-Type", "application/merge-patch+json").header("If-Match", "\"0\"")
                .header("Authorization", "Bearer " + TestTokens.librarian())
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"title\":\"Solaris (1961)\"}")).build();
        assertThat(HttpClient.newHttpClient().send(patch, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(here.get("/api/books/" + id).body().get("title").asString()).isEqualTo("Solaris (1961)"));
    }

    @Test
    void aLoanClearsOnlySearchesFilteredByAvailabilityAndABookChangeClearsEvery() {
        var searches = caches.getCache(CachedData.SEARCHES);
        var byAvailability = caches.getCache(CachedData.SEARCHES_BY_AVAILABILITY);
        String copyId = UUID.randomUUID().toString();
        searches.put("a search", "its results");
        byAvailability.put("an available-only search", "its results");

        // another instance's check-out, as it arrives from Kafka
        evictions.on(envelope(UUID.randomUUID(), "ItemCheckedOut", copyId, "{\"copyId\":\"" + copyId + "\",\"dueDate\":\"2030-01-24\"}"));
        assertThat(byAvailability.get("an available-only search")).isNull();
        assertThat(searches.get("a search")).as("its hits' copy counts are read for every answer").isNotNull();

        byAvailability.put("an available-only search", "its results");
        String bookId = UUID.randomUUID().toString();
        evictions.on(envelope(UUID.randomUUID(), "BookUpdated", bookId, "{\"id\":\"" + bookId + "\"}"));
        assertThat(searches.get("a search")).isNull();
        assertThat(byAvailability.get("an available-only search")).isNull();
    }
}
