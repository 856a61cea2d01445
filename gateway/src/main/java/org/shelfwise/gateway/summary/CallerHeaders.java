package org.shelfwise.gateway.summary;

import org.shelfwise.gateway.requestid.RequestIds;
import org.springframework.http.HttpHeaders;

/** The caller's headers that the services must see too: who is asking, and which request this is. */
record CallerHeaders(String authorization, String requestId) {

    static CallerHeaders of(HttpHeaders request) {
        return new CallerHeaders(request.getFirst(HttpHeaders.AUTHORIZATION), request.getFirst(RequestIds.HEADER));
    }

    void copyTo(HttpHeaders call) {
        if (authorization != null) {
            call.set(HttpHeaders.AUTHORIZATION, authorization);
        }
        if (requestId != null) {
            call.set(RequestIds.HEADER, requestId);
        }
    }
}
