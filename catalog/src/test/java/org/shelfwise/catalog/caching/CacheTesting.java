package org.shelfwise.catalog.caching;

import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;

import java.util.UUID;

/** Reads the cache metrics the way an operator would, through the actuator. */
final class CacheTesting {

    private CacheTesting() {
    }

    static double count(int port, String cache, String result) {
        var metric = new HttpJson(port, TestTokens.admin()).get("/actuator/metrics/cache.gets?tag=cache:" + cache + "&tag=result:" + result);
        return metric.status() == 404 ? 0 : metric.body().get("measurements").get(0).get("value").asDouble();
    }

    static String uniqueIsbn() {
        String twelve = "979" + String.format("%09d", Math.floorMod(UUID.randomUUID().getLeastSignificantBits(), 1_000_000_000L));
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (i % 2 == 0 ? 1 : 3) * (twelve.charAt(i) - '0');
        }
        return twelve + (10 - sum % 10) % 10;
    }
}
