package org.shelfwise.gateway.catalogue;

import java.util.UUID;

/**
 * What a cached answer answers: one book ({@code book} set) or a search (the path with its query as sent), for one
 * of the {@code Accept} headers the cache serves.
 */
record CacheKey(UUID book, String pathAndQuery, String accept) {

    boolean isSearch() {
        return book == null;
    }
}
