package org.shelfwise.launcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Waits, with a bound, until every route of the gateway answers: each instance being ready is not enough, since the
 * gateway learns of them by its own health checks, a couple of seconds later. A probe counts as answered by any
 * status below 500 (a 404 for a book that does not exist is the catalog's answer); each is public, so no token is
 * needed.
 */
final class RouteReadiness {

    private static final Logger log = LoggerFactory.getLogger(RouteReadiness.class);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    /** A request per route of the gateway (route id: path). */
    static final Map<String, String> PROBES = probes();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    private static Map<String, String> probes() {
        var probes = new LinkedHashMap<String, String>();
        probes.put("catalog-search", "/api/books?size=1");
        probes.put("catalog", "/api/books/00000000-0000-0000-0000-000000000000");
        probes.put("patrons", "/api/patron-categories");
        probes.put("circulation", "/api/policies");
        probes.put("notifications", "/api/notice-kinds");
        return probes;
    }

    /** Returns once every route answers (its time told from {@code origin}); throws {@link StartupFailure} when time is up. */
    void await(int gatewayPort, Duration timeout, BooleanSupplier stopping, long origin) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        var pending = new LinkedHashMap<>(PROBES);
        while (true) {
            pending.values().removeIf(path -> answers(gatewayPort, path));
            if (pending.isEmpty()) {
                log.info("Every route answers through the gateway after {} s",
                        String.format(Locale.ROOT, "%.1f", (System.nanoTime() - origin) / 1e9));
                return;
            }
            if (stopping.getAsBoolean()) {
                throw new StartupFailure("stopped before every route answered");
            }
            if (System.nanoTime() > deadline) {
                throw new StartupFailure("the gateway's routes " + pending.keySet() + " did not answer within "
                        + timeout.toSeconds() + " s of every instance being ready");
            }
            Thread.sleep(POLL_INTERVAL);
        }
    }

    private boolean answers(int gatewayPort, String path) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + gatewayPort + path))
                .timeout(Duration.ofSeconds(5)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() < 500;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
