package org.shelfwise.gateway.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

class CatalogueCacheTest {

    final CatalogueCache cache = new CatalogueCache(new CatalogueCacheProperties(true, Duration.ofMinutes(1),
            Duration.ofMinutes(1), DataSize.ofMegabytes(1)));
    final UUID book = UUID.randomUUID();
    final CacheKey bookKey = new CacheKey(book, null, "");
    final CacheKey search = new CacheKey(null, "/api/books?q=emma", "");

    @BeforeEach
    void open() {
        cache.open();
    }

    static CachedAnswer answer(String body) {
        return new CachedAnswer(Map.of("ETag", "\"1\""), body.getBytes(), System.nanoTime());
    }

    @Test
    void keepsAnAnswerNothingChangedUnder() {
        cache.keep(bookKey, cache.ticket(), answer("a"));
        assertThat(cache.find(bookKey)).isPresent();
    }

    @Test
    void refusesAnAnswerReadBeforeItsBookChangedThatArrivesAfterTheChangesEvent() {
        long ticket = cache.ticket();
        cache.bookChanged(book);
        cache.keep(bookKey, ticket, answer("old"));
        assertThat(cache.find(bookKey)).isEmpty();
    }

    @Test
    void anotherBooksChangeDoesNotStopAnAnswerBeingKept() {
        long ticket = cache.ticket();
        cache.bookChanged(UUID.randomUUID());
        cache.keep(bookKey, ticket, answer("a"));
        assertThat(cache.find(bookKey)).isPresent();
    }

    @Test
    void aBookChangeDropsItsAnswersAndEverySearch() {
        cache.keep(bookKey, cache.ticket(), answer("a"));
        cache.keep(search, cache.ticket(), answer("s"));
        cache.bookChanged(book);
        assertThat(cache.find(bookKey)).isEmpty();
        assertThat(cache.find(search)).isEmpty();
    }

    @Test
    void aCopyChangeDropsSearchesButNotBooks() {
        cache.keep(bookKey, cache.ticket(), answer("a"));
        long ticket = cache.ticket();
        cache.keep(search, ticket, answer("s"));
        cache.copyChanged();
        cache.keep(search, ticket, answer("late"));
        assertThat(cache.find(bookKey)).isPresent();
        assertThat(cache.find(search)).isEmpty();
    }

    @Test
    void answersNothingAndKeepsNothingWhileClosedAndForgetsWhatItHadOnReopening() {
        cache.keep(bookKey, cache.ticket(), answer("a"));
        long ticket = cache.ticket();
        cache.close();
        assertThat(cache.find(bookKey)).isEmpty();
        cache.keep(bookKey, ticket, answer("b"));
        cache.open();
        assertThat(cache.find(bookKey)).isEmpty();
        cache.keep(bookKey, ticket, answer("c"));
        assertThat(cache.find(bookKey)).as("read before it reopened").isEmpty();
    }
}
