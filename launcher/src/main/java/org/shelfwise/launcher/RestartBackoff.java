package org.shelfwise.launcher;

import java.time.Duration;

/**
 * How long to wait before starting a process again that died: 1 s, then twice as long after each death up to
 * 30 s, and 1 s again once it had run for a healthy minute. A process that dies at once thus costs a start every
 * 30 s, not a busy loop, and one that dies now and then is back within a second.
 */
final class RestartBackoff {

    static final Duration FIRST = Duration.ofSeconds(1);
    static final Duration LONGEST = Duration.ofSeconds(30);
    static final Duration HEALTHY = Duration.ofMinutes(1);

    private Duration next = FIRST;

    /** The wait before the next start of a process that ran for {@code ranFor} (zero: it did not even start). */
    synchronized Duration after(Duration ranFor) {
        if (ranFor.compareTo(HEALTHY) >= 0) {
            next = FIRST;
        }
        Duration wait = next;
        Duration doubled = next.multipliedBy(2);
        next = doubled.compareTo(LONGEST) > 0 ? LONGEST : doubled;
        return wait;
    }
}
