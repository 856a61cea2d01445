package org.shelfwise.patrons.identity;

import java.time.Duration;
import java.time.Instant;

/**
 * The failed sign-ins of one username from one address (or from all addresses), as the throttle sees them: how
 * many in a row, and whether they locked the address out.
 *
 * @param count       failures in a row, forgotten once the last is older than the window
 * @param lastFailure when the last one happened
 * @param lockedUntil until when this address may not try again; {@code null}: not locked
 */
record Failures(int count, Instant lastFailure, Instant lockedUntil) {

    private static final Duration FIRST_DELAY = Duration.ofMillis(250);
    private static final Duration LONGEST_DELAY = Duration.ofSeconds(4);

    static final Failures NONE = new Failures(0, Instant.EPOCH, null);

    /** These failures as they count at {@code now}: a quiet spell as long as the window forgets them. */
    Failures asOf(Instant now, Duration window) {
        if (isLocked(now) || lastFailure.plus(window).isAfter(now)) {
            return this;
        }
        return NONE;
    }

    boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /** One more failure; the {@code lockAfter}th in a row locks for {@code lockout} (null: never locks). */
    Failures andOneMore(Instant now, Integer lockAfter, Duration lockout) {
        int failures = count + 1;
        if (lockAfter != null && failures >= lockAfter) {
            return new Failures(0, now, now.plus(lockout));
        }
        return new Failures(failures, now, null);
    }

    /** How long to make the caller wait for a refusal: nothing for the first few, then 250 ms doubling to 4 s. */
    Duration delay(int freeFailures) {
        int slowed = count - freeFailures;
        if (slowed <= 0) {
            return Duration.ZERO;
        }
        Duration delay = FIRST_DELAY.multipliedBy(1L << Math.min(slowed - 1, 10));
        return delay.compareTo(LONGEST_DELAY) > 0 ? LONGEST_DELAY : delay;
    }
}
