package org.shelfwise.catalog.books;

import org.shelfwise.catalog.caching.CachedData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Many books at once, each with its copies: what a patron's loans and holds need in one call rather than one per
 * book. Details come from the {@code books} cache where it has them and from one statement for the rest (which
 * are then cached, as {@link Books#find} would); copies always from the database, since their availability
 * changes all day.
 */
@Service
class BookLookup {

    private static final Logger log = LoggerFactory.getLogger(BookLookup.class);

    private final Books books;
    private final Copies copies;
    private final CacheManager caches;

    BookLookup(Books books, Copies copies, CacheManager caches) {
        this.books = books;
        this.copies = copies;
        this.caches = caches;
    }

    /** A book and its copies. */
    record Found(Book book, List<Copy> copies) {
    }

    /** The books with these ids that exist, in the order asked, each once; unknown ids are left out. */
    List<Found> find(Collection<UUID> ids) {
        var wanted = new LinkedHashSet<>(ids);
        var cache = caches.getCache(CachedData.BOOKS);
        var found = new HashMap<UUID, Book>();
        for (var id : wanted) {
            cached(cache, id).ifPresent(book -> found.put(id, book));
        }
        var missing = wanted.stream().filter(id -> !found.containsKey(id)).toList();
        if (!missing.isEmpty()) {
            for (var book : books.findAll(missing)) {
                found.put(book.id(), book);
                cache(cache, book);
            }
        }
        Map<UUID, List<Copy>> copiesByBook = found.isEmpty() ? Map.of()
                : copies.ofBooks(found.keySet()).stream().collect(Collectors.groupingBy(Copy::bookId));
        var answer = new ArrayList<Found>(found.size());
        for (var id : wanted) {
            var book = found.get(id);
            if (book != null) {
                answer.add(new Found(book, copiesByBook.getOrDefault(id, List.of())));
            }
        }
        return answer;
    }

    // A cache that fails counts as a miss, as it does for @Cacheable (CacheConfiguration's error handler, which
    // covers only the annotations).
    private static Optional<Book> cached(Cache cache, UUID id) {
        try {
            return Optional.ofNullable(cache.get(id, Book.class));
        } catch (RuntimeException e) {
            log.warn("Reading cache {} failed; answering from the database", cache.getName(), e);
            return Optional.empty();
        }
    }

    private static void cache(Cache cache, Book book) {
        try {
            cache.put(book.id(), book);
        } catch (RuntimeException e) {
            log.warn("Writing cache {} failed", cache.getName(), e);
        }
    }
}
