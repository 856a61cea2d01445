package org.shelfwise.catalog.caching;

import java.time.Duration;

/**
 * A cache a feature asks for: its name, what it holds (for the JSON form kept in Redis), how long an entry may
 * live, in-process how many entries it keeps, and how an entry found is checked against its source before it is
 * used (null: it is used as it is, until evicted or expired).
 */
public record CachedData(String name, Class<?> type, Duration timeToLive, long maximumEntries, Freshness freshness) {

    /** Book details by id. */
    public static final String BOOKS = "books";
    /**
     * Search results by query, when the search does not filter by availability: cleared when any book changes. The
     * copy counts of their hits are not part of what is kept (see {@code ShelfCounts}), so loans leave them be.
     */
    public static final String SEARCHES = "searches";
    /**
     * Search results by query, when the search filters by availability ({@code available=}): which books match
     * changes with every loan, so these are cleared on any change to books, copies or availability.
     */
    public static final String SEARCHES_BY_AVAILABILITY = "searches-by-availability";

    /** A cache whose entries are used as they are until evicted or expired. */
    public CachedData(String name, Class<?> type, Duration timeToLive, long maximumEntries) {
        this(name, type, timeToLive, maximumEntries, null);
    }

    /** Whether an entry found in the cache is still what its source holds. */
    @FunctionalInterface
    public interface Freshness {

        boolean isCurrent(Object key, Object value);
    }
}
