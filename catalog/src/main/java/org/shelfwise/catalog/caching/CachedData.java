package org.shelfwise.catalog.caching;

import java.time.Duration;

/**
 * A cache a feature asks for: its name, what it holds (for the JSON form kept in Redis), how long an entry may
 * live and, in-process, how many entries it keeps.
 */
public record CachedData(String name, Class<?> type, Duration timeToLive, long maximumEntries) {

    /** Book details by id. */
    public static final String BOOKS = "books";
    /** Search results by query; cleared on any change to books, copies or availability. */
    public static final String SEARCHES = "searches";
}
