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

/**
 * Without Redis: two instances on one database, each with its own in-process cache and search index. A change made
 * through one must reach the other's cache and index.
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
    void aReadAfterAnEditThroughTheOtherInstanceSeesItSoNoReadThenEditCycleMeets412() throws Exception {
        var here = new HttpJson(port, TestTokens.librarian());
        String id = here.post("/api/books", "{\"title\":\"Roadside Picnic\",\"authors\":[\"Arkady Strugatsky\"],"
                + "\"isbn\":\"" + Isbns.unique() + "\"}").body().get("id").asString();
        int[] instances = {port, otherPort()};
        int stale = 0;
        for (int cycle = 0; cycle < 20; cycle++) {
            // the first ten read here and edit there, the next ten the other way round: every read follows at once
            // an edit made through the instance that did not read, whose cache still held the book
            int reader = instances[cycle < 10 ? 0 : 1];
            int editor = instances[cycle < 10 ? 1 : 0];
            var read = send(reader, HttpRequest.newBuilder().GET(), id);
            assertThat(read.statusCode()).isEqualTo(200);
            String etag = read.headers().firstValue("ETag").orElseThrow();
            var edit = send(editor, HttpRequest.newBuilder().header("If-Match", etag)
                    .header("Content-Type", "application/merge-patch+json")
                    .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"edition\":\"" + cycle + "\"}")), id);
            if (edit.statusCode() == 412) {
                stale++;
            } else {
                assertThat(edit.statusCode()).as("edit %d: %s", cycle, edit.body()).isEqualTo(200);
            }
        }
        assertThat(stale).as("edits refused because the read before them was stale").isZero();

        // and a book that does not change is still answered from the cache
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            double hits = CacheTesting.count(port, "books", "hit");
            here.get("/api/books/" + id);
            assertThat(here.get("/api/books/" + id).body().get("edition").asString()).isEqualTo("19");
            assertThat(CacheTesting.count(port, "books", "hit")).isEqualTo(hits + 1);
        });
    }

    private static HttpResponse<String> send(int port, HttpRequest.Builder request, String bookId) throws Exception {
        return HttpClient.newHttpClient().send(request.uri(URI.create("http://127.0.0.1:" + port + "/api/books/" + bookId))
                .header("Authorization", "Bearer " + TestTokens.librarian()).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void searchesHereFindABookAddedAndRetitledThroughAnotherInstance() throws Exception {
        var here = new HttpJson(port);
        var there = new HttpJson(otherPort(), TestTokens.librarian());
        String word = "zq" + UUID.randomUUID().toString().replace("-", "").replaceAll("[0-9]", "");
        assertThat(here.get("/api/books?q=" + word).body().get("content")).as("and now cached here").isEmpty();

        String id = there.post("/api/books", "{\"title\":\"" + word + "\",\"authors\":[\"Ursula K. Le Guin\"],"
                + "\"isbn\":\"" + Isbns.unique() + "\"}").body().get("id").asString();
        // its BookAdded event reaches this instance's index, whose refresh clears the cached empty answer
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(here.get("/api/books?q=" + word).body().get("content")).hasSize(1));

        var patch = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + otherPort() + "/api/books/" + id))
                .header("Content-Type", "application/merge-patch+json").header("If-Match", "\"0\"")
                .header("Authorization", "Bearer " + TestTokens.librarian())
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"title\":\"The Dispossessed\"}")).build();
        assertThat(HttpClient.newHttpClient().send(patch, HttpResponse.BodyHandlers.discarding()).statusCode()).isEqualTo(200);
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(here.get("/api/books?q=" + word).body().get("content")).isEmpty();
            assertThat(here.get("/api/books?q=dispossessed&author=Ursula%20K.%20Le%20Guin").body().get("content"))
                    .extracting(hit -> hit.get("id").asString()).contains(id);
        });
    }
}
