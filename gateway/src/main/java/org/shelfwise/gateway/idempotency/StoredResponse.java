package org.shelfwise.gateway.idempotency;

import java.util.Map;

/**
 * The first answer to an idempotent request, kept to be given again to every repetition of it.
 *
 * @param status  the HTTP status
 * @param headers the headers that describe the body or the created resource (content type, location)
 * @param body    the body's bytes, possibly empty
 */
public record StoredResponse(int status, Map<String, String> headers, byte[] body) {

    public StoredResponse {
        headers = Map.copyOf(headers);
    }
}
