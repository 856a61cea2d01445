package org.shelfwise.catalog.search;

import org.junit.jupiter.api.Test;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.shelfwise.catalog.Isbns;
import org.shelfwise.catalog.caching.CachedData;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.PlatformTransactionManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class SearchIndexIT {

    @LocalServerPort
    int port;
    @Autowired
    SearchIndex index;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    CacheManager caches;

    @Test
    void aNewInstanceBuildsItsIndexFromTheWholeDatabase() throws IOException {
        String bookId = new HttpJson(port, TestTokens.librarian()).post("/api/books", """
                {"title": "The Left Hand of Darkness", "authors": ["Ursula K. Le Guin"], "isbn": "%s"}"""
                .formatted(Isbns.unique())).body().get("id").asString();
        // a change behind every index's back, as a restored backup would be: only a rebuild sees it
        jdbc.sql("update book set title = 'Zqrebuilt' where id = ?").param(UUID.fromString(bookId)).update();
        long books = jdbc.sql("select count(*) from book").query(Long.class).single();

        var fresh = new SearchIndex(jdbc, transactions, caches, "");
        try {
            long all = fresh.search(snapshot -> count(snapshot, new MatchAllDocsQuery()));
            long rebuilt = fresh.search(snapshot -> count(snapshot, new TermQuery(new Term("title", "zqrebuilt"))));
            long running = index.search(snapshot -> count(snapshot, new TermQuery(new Term("title", "zqrebuilt"))));
            assertThat(all).isEqualTo(books);
            assertThat(rebuilt).isEqualTo(1);
            assertThat(running).as("the running index never heard of it").isZero();
        } finally {
            fresh.destroy();
        }
    }

    @Test
    void writesABookAgainOnlyWhenItReadsOtherwiseThanItWasWritten() {
        // added through this instance: indexed at once, before the answer
        var id = UUID.fromString(new HttpJson(port, TestTokens.librarian()).post("/api/books", """
                {"title": "The Dispossessed", "authors": ["Ursula K. Le Guin"], "isbn": "%s"}"""
                .formatted(Isbns.unique())).body().get("id").asString());

        // its event coming back (or any event twice): nothing to write
        assertThat(index.update(List.of(id), true, false)).isFalse();
        // a change the index does not hold yet, then that change's event
        jdbc.sql("update book set subjects = '{Anarchism}' where id = ?").param(id).update();
        assertThat(index.update(List.of(id), true, true)).isTrue();
        assertThat(index.update(List.of(id), true, false)).isFalse();
        var anarchism = new TermQuery(new Term("subjects", "anarchism"));
        long found = index.search(snapshot -> count(snapshot, anarchism));
        assertThat(found).isEqualTo(1);
        // a change to what searches do not match on (the description) writes nothing either
        jdbc.sql("update book set description = 'An ambiguous utopia' where id = ?").param(id).update();
        assertThat(index.update(List.of(id), true, false)).isFalse();
        // gone from the database: removed
        jdbc.sql("delete from book where id = ?").param(id).update();
        assertThat(index.update(List.of(id), true, true)).isTrue();
        long left = index.search(snapshot -> count(snapshot, anarchism));
        assertThat(left).isZero();
    }

    @Test
    void clearsCachedSearchesOnceTheIndexShowsAChangeAndOnlyThoseItAffects() {
        var searches = caches.getCache(CachedData.SEARCHES);
        var byAvailability = caches.getCache(CachedData.SEARCHES_BY_AVAILABILITY);
        List<UUID> someBooks = List.of(UUID.randomUUID());
        var results = new SearchResults(List.of(), null, null, null, null);
        // a copy's change: searches filtered by availability go, the others stay (their copy counts are read
        // for every answer); retried while the events of other tests' books are still being indexed
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            searches.put("a search", results);
            byAvailability.put("an available-only search", results);
            index.update(someBooks, false, true);
            assertThat(byAvailability.get("an available-only search")).isNull();
            assertThat(searches.get("a search")).isNotNull();
        });

        byAvailability.put("an available-only search", results);
        index.update(someBooks, true, true);
        assertThat(searches.get("a search")).isNull();
        assertThat(byAvailability.get("an available-only search")).isNull();
    }

    private static long count(Snapshot snapshot, Query query) {
        try {
            return snapshot.count(query);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
