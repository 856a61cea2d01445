package org.shelfwise.system.fuzz;

import java.util.Map;

/**
 * One request the fuzzer sends: what it tries, and the bytes.
 *
 * @param label        what is wrong with it, for the report ({@code body.finePerDay=1e308})
 * @param method       the HTTP method
 * @param target       the path and query, already percent-encoded as it goes on the wire
 * @param contentType  the {@code Content-Type}, or null for none
 * @param body         the body's bytes, or null for none
 * @param headers      further headers; an {@code If-Match} of {@link #CURRENT_ETAG} is replaced by the resource's
 */
record Attempt(String label, String method, String target, String contentType, byte[] body,
               Map<String, String> headers) {

    /** Stands for the resource's current entity tag, so that a request gets past {@code If-Match} to its body. */
    static final String CURRENT_ETAG = "{current}";

    @Override
    public String toString() {
        return method + " " + (target.length() > 120 ? target.substring(0, 120) + "..." : target) + " [" + label + "]";
    }
}
