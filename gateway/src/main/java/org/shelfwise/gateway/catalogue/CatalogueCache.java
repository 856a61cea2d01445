package org.shelfwise.gateway.catalogue;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * The catalogue answers the gateway keeps, and what keeps them true. It answers only while it hears the catalogue's
 * events ({@link #open}, when the listener holds its partitions): it forgets everything when it starts or stops
 * hearing them, since it may have missed a change meanwhile. A change drops the book's answers and every search.
 *
 * <p>A read that missed asks the catalog, and its answer arrives after some time: a change may have been committed,
 * and its event heard, in between, so the answer may be the old one. Each read therefore takes a {@link #ticket} (the
 * number of changes heard so far) before it asks, and its answer is kept only if nothing it could be about changed
 * since. The check comes after the answer is stored and removes it if it fails: a change that is heard between the
 * check and the store still finds the answer there and drops it.
 */
class CatalogueCache {

    private final Cache<CacheKey, CachedAnswer> books;
    private final Cache<CacheKey, CachedAnswer> searches;
    /** When each book last changed, in the sequence of changes; kept far longer than any read takes. */
    private final Cache<UUID, Long> bookChanges = Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(2)).build();
    private final AtomicLong changes = new AtomicLong();
    /** The last change that any search may be about: any book's, any copy's, and forgetting everything. */
    private final AtomicLong lastSearchChange = new AtomicLong();
    private final AtomicLong lastCleared = new AtomicLong();
    private volatile boolean open;

    CatalogueCache(CatalogueCacheProperties properties) {
        long memory = properties.memoryLimit().toBytes();
        books = Caffeine.newBuilder().expireAfterWrite(properties.bookTtl()).maximumWeight(memory / 4 * 3)
                .weigher((CacheKey key, CachedAnswer answer) -> answer.weight()).recordStats().build();
        searches = Caffeine.newBuilder().expireAfterWrite(properties.searchTtl()).maximumWeight(memory / 4)
                .weigher((CacheKey key, CachedAnswer answer) -> answer.weight()).recordStats().build();
    }

    /** Whether the cache hears the catalogue's events, and so may answer. */
    boolean isOpen() {
        return open;
    }

    Optional<CachedAnswer> find(CacheKey key) {
        return open ? Optional.ofNullable(of(key).getIfPresent(key)) : Optional.empty();
    }

    /** Taken by a read before it asks the catalog; {@link #keep} needs it. */
    long ticket() {
        return changes.get();
    }

    /** Keeps a read's answer, unless something it may be about changed since it took its ticket. */
    void keep(CacheKey key, long ticket, CachedAnswer answer) {
        if (!open) {
            return;
        }
        var cache = of(key);
        cache.put(key, answer);
        if (!open || changedSince(key, ticket)) {
            cache.invalidate(key);
        }
    }

    private boolean changedSince(CacheKey key, long ticket) {
        if (key.isSearch()) {
            return lastSearchChange.get() > ticket;
        }
        Long changed = bookChanges.getIfPresent(key.book());
        return lastCleared.get() > ticket || (changed != null && changed > ticket);
    }

    /** A book was added, changed or removed: its answers and every search go. */
    void bookChanged(UUID book) {
        long change = changes.incrementAndGet();
        bookChanges.put(book, change);
        lastSearchChange.accumulateAndGet(change, Math::max);
        for (String accept : CatalogueReads.ACCEPTS) {
            books.invalidate(new CacheKey(book, null, accept));
        }
        searches.invalidateAll();
    }

    /** A copy changed (added, moved, lent, returned ...): searches show copies and availability, so they go. */
    void copyChanged() {
        lastSearchChange.accumulateAndGet(changes.incrementAndGet(), Math::max);
        searches.invalidateAll();
    }

    /** Forgets everything and answers again: the listener holds its partitions, from their ends. */
    void open() {
        clear();
        open = true;
    }

    /** Forgets everything and stops answering: the listener no longer hears every change. */
    void close() {
        open = false;
        clear();
    }

    /** Forgets everything, still answering: for a change it could not tell the subject of. */
    void clear() {
        long change = changes.incrementAndGet();
        lastCleared.accumulateAndGet(change, Math::max);
        lastSearchChange.accumulateAndGet(change, Math::max);
        books.invalidateAll();
        searches.invalidateAll();
    }

    Cache<CacheKey, CachedAnswer> books() {
        return books;
    }

    Cache<CacheKey, CachedAnswer> searches() {
        return searches;
    }

    private Cache<CacheKey, CachedAnswer> of(CacheKey key) {
        return key.isSearch() ? searches : books;
    }
}
