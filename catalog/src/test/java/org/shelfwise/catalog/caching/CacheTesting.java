package org.shelfwise.catalog.caching;

import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;

/** Reads the cache metrics the way an operator would, through the actuator. */
final class CacheTesting {

    private CacheTesting() {
    }

    static double count(int port, String cache, String result) {
        var metric = new HttpJson(port, TestTokens.admin()).get("/actuator/metrics/cache.gets?tag=cache:" + cache + "&tag=result:" + result);
        return metric.status() == 404 ? 0 : metric.body().get("measurements").get(0).get("value").asDouble();
    }
}
