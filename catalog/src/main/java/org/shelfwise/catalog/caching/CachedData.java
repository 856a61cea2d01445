package org.shelfwise.catalog.caching;

import java.time.Duration;

/**
 * A cache a feature asks for: its name, what it holds (for the JSON form kept in Redis), how long an entry may
 * live and, in-process, how many entries it keeps.
 */
public record CachedData(String name, Class<?> type, Duration timeToLive, long maximumEntries) {

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
}
