package org.shelfwise.gateway.ratelimit;

import java.time.Duration;

/**
 * A token bucket: holds up to {@code capacity} tokens, gains {@code perSecond} of them each second, and lets a request
 * through when it can take one. Not thread-safe on its own; {@link InMemoryRateLimiter} guards each bucket.
 */
final class TokenBucket {

    private final double capacity;
    private final double perSecond;
    private double tokens;
    private long updatedNanos;

    TokenBucket(double capacity, double perSecond, long nowNanos) {
        this.capacity = capacity;
        this.perSecond = perSecond;
        this.tokens = capacity;
        this.updatedNanos = nowNanos;
    }

    /** Takes a token if there is one; otherwise says how long until there will be. */
    Verdict take(long nowNanos) {
        refill(nowNanos);
        if (tokens >= 1) {
            tokens -= 1;
            return Verdict.ALLOWED;
        }
        return Verdict.refused(Duration.ofNanos((long) Math.ceil((1 - tokens) / perSecond * 1e9)));
    }

    /** True when the bucket is full again: a client that has gone quiet, whose bucket may be forgotten. */
    boolean full(long nowNanos) {
        refill(nowNanos);
        return tokens >= capacity;
    }

    private void refill(long nowNanos) {
        tokens = Math.min(capacity, tokens + (nowNanos - updatedNanos) / 1e9 * perSecond);
        updatedNanos = nowNanos;
    }
}
