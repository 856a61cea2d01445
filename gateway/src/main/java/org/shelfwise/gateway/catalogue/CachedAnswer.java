package org.shelfwise.gateway.catalogue;

import java.util.Map;

/**
 * A catalog answer as the gateway keeps it: a 200's body and the headers that describe it (content type, ETag,
 * Cache-Control), and when it was stored, for its {@code Age}.
 */
record CachedAnswer(Map<String, String> headers, byte[] body, long storedAtNanos) {

    /** Roughly the heap it takes, for the cache's memory limit. */
    int weight() {
        return 200 + body.length + headers.size() * 100;
    }

    String etag() {
        return headers.get("ETag");
    }
}
