package org.shelfwise.gateway.ratelimit;

import java.time.Duration;

/**
 * Whether one request may go ahead under its client's rate limit.
 *
 * @param allowed    true when it may
 * @param retryAfter when it may not, how long the client should wait
 */
public record Verdict(boolean allowed, Duration retryAfter) {

    /** The request may go ahead. */
    public static final Verdict ALLOWED = new Verdict(true, Duration.ZERO);

    /** The request must wait {@code retryAfter}. */
    public static Verdict refused(Duration retryAfter) {
        return new Verdict(false, retryAfter);
    }
}
