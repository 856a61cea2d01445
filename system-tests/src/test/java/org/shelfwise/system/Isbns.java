package org.shelfwise.system;

import java.util.concurrent.ThreadLocalRandom;

/** Valid, random ISBN-13s, so that test books never collide with the demo catalogue or each other. */
final class Isbns {

    private Isbns() {
    }

    static String random() {
        String twelve = "979" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (i % 2 == 0 ? 1 : 3) * (twelve.charAt(i) - '0');
        }
        return twelve + (10 - sum % 10) % 10;
    }
}
