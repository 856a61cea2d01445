package org.shelfwise.gateway.ratelimit;

import reactor.core.publisher.Mono;

/** Decides whether a client may send one more request under one of the gateway's limits. */
public interface RateLimiter {

    /** Takes one request from {@code client}'s allowance under {@code limit}. */
    Mono<Verdict> take(String client, RateLimitProperties.Limit limit);
}
