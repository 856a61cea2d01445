package org.shelfwise.gateway.idempotency;

import java.time.Duration;

import reactor.core.publisher.Mono;

/** Where the gateway remembers the requests that carried an idempotency key, and their answers. */
public interface IdempotencyStore {

    /**
     * Claims {@code key} for a request whose content hashes to {@code fingerprint}, atomically: of two requests with
     * one key, only one is granted. An unfinished claim lapses after {@code inProgressFor}.
     */
    Mono<Claim> claim(String key, String fingerprint, Duration inProgressFor);

    /** Keeps the answer to a granted claim for {@code keepFor}. */
    Mono<Void> complete(String key, String fingerprint, StoredResponse response, Duration keepFor);

    /** Gives up a granted claim without an answer worth keeping, so the request may be tried again. */
    Mono<Void> release(String key);
}
