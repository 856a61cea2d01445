package org.shelfwise.catalog.search;

import org.apache.lucene.search.ReferenceManager.RefreshListener;
import org.shelfwise.catalog.caching.CachedData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cache.CacheManager;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Clears the cached searches a change affects once searches see it. A change is {@linkplain #noted noted} before it
 * is written; the refresh that takes the note may have opened its view before the write, and the next one surely
 * shows it, so each change clears at two refreshes in a row (the reopen thread refreshes at least every second, and
 * at once for someone waiting, whose wait ends after the second).
 */
final class CacheClearing implements RefreshListener {

    private static final Logger log = LoggerFactory.getLogger(CacheClearing.class);
    private static final int DETAILS = 1;
    private static final int COPIES = 2;

    private final CacheManager caches;
    /** What changed since the last refresh: {@link #DETAILS}, {@link #COPIES}, or both. */
    private final AtomicInteger pending = new AtomicInteger();
    private int carried;

    CacheClearing(CacheManager caches) {
        this.caches = caches;
    }

    /** Notes a change about to be written: of books' records ({@code details}), or only of their copies. */
    void noted(boolean details) {
        pending.accumulateAndGet(details ? DETAILS : COPIES, (a, b) -> a | b);
    }

    @Override
    public void beforeRefresh() {
    }

    @Override
    public void afterRefresh(boolean didRefresh) {
        int now = pending.getAndSet(0);
        int clear = now | carried;
        carried = now;
        if ((clear & DETAILS) != 0) {
            clear(CachedData.SEARCHES);
        }
        if (clear != 0) {
            clear(CachedData.SEARCHES_BY_AVAILABILITY);
        }
    }

    /** Invalidated rather than cleared: Redis clears asynchronously, and a waiter must find the entries gone. */
    private void clear(String name) {
        var cache = caches.getCache(name);
        if (cache == null) {
            return;
        }
        try {
            cache.invalidate();
        } catch (RuntimeException e) {
            // the reopen thread must go on; the entries expire with their time to live
            log.error("Clearing cache {} failed; searches may be stale until they expire", name, e);
        }
    }
}
