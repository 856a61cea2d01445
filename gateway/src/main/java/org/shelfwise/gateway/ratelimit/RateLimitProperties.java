package org.shelfwise.gateway.ratelimit;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The request rates each client may send: one limit for sign-in, which guesses passwords are aimed at, and one for
 * everything else.
 *
 * @param signIn the limit on {@code /api/auth/**}
 * @param api    the limit on every other path
 */
@ConfigurationProperties("shelfwise.gateway.rate-limit")
public record RateLimitProperties(Limit signIn, Limit api) {

    /**
     * One token-bucket limit.
     *
     * @param name      how the limit is told apart in the buckets' keys
     * @param perSecond the requests a client may send per second, on average
     * @param burst     how many it may send at once after a quiet spell
     */
    public record Limit(String name, double perSecond, int burst) {
    }
}
