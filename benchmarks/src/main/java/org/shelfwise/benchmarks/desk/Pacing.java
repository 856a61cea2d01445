package org.shelfwise.benchmarks.desk;

import java.time.Duration;

/** A desk's schedule: operations due one {@code interval} apart, or flat out when the interval is 0. */
final class Pacing {

    private Pacing() {
    }

    /**
     * When an operation due at {@code due} starts: at once, flat out ({@code interval} 0); paced, at its due time,
     * waiting for it if it is ahead, and counted from it if it is behind (the desk is late because the system was).
     */
    static long startAt(long due, long interval) throws InterruptedException {
        if (interval == 0) {
            return System.nanoTime();
        }
        sleepUntil(due);
        return due;
    }

    static void sleepUntil(long nanoTime) throws InterruptedException {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            Thread.sleep(Duration.ofNanos(left));
        }
    }
}
