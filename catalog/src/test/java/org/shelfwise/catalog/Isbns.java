package org.shelfwise.catalog;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Valid ISBN-13s that no two test books share. They count up from a random start: random draws collided about once
 * in 80 runs of the 5,000-row import test, which then saw an update where it expected a new book.
 */
public final class Isbns {

    private static final AtomicLong NEXT = new AtomicLong(Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000_000L));

    private Isbns() {
    }

    public static String unique() {
        String twelve = "979" + String.format("%09d", NEXT.getAndIncrement() % 1_000_000_000L);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (i % 2 == 0 ? 1 : 3) * (twelve.charAt(i) - '0');
        }
        return twelve + (10 - sum % 10) % 10;
    }
}
