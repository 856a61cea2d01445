package org.shelfwise.system;

import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.shelfwise.embedded.testing.HttpJson;

/**
 * A library desk lending one copy to one patron and taking it back, over and over, as a real desk client would:
 * every check-out and check-in carries an {@code Idempotency-Key}, and one that gets no answer (or a 5xx) is
 * repeated with the same key until it has an answer.
 */
final class Desk implements Runnable {

    // 100 ms apart, so a desk keeps trying for 45 s: longer than the gateway holds the key of a request whose first
    // attempt died with a stopped instance (30 s "in progress"), after which the repetition goes through
    private static final int MAX_ATTEMPTS = 450;

    private final HttpJson gateway;
    private final String copy;
    private final String card;
    private final AtomicBoolean running = new AtomicBoolean(true);
    final AtomicInteger checkouts = new AtomicInteger();
    final AtomicInteger checkins = new AtomicInteger();
    final AtomicInteger repeats = new AtomicInteger();
    final AtomicInteger answersLost = new AtomicInteger();
    final Map<String, AtomicInteger> servedBy = new ConcurrentHashMap<>();
    /** The longest any one request took to be answered (or to fail), in milliseconds. */
    final AtomicLong longestCallMillis = new AtomicLong();
    /** Why the desk stopped before it was asked to, if it did: e.g. a check-in refused as not on loan. */
    final AtomicReference<Throwable> failure = new AtomicReference<>();

    Desk(HttpJson gateway, String copy, String card) {
        this.gateway = gateway;
        this.copy = copy;
        this.card = card;
    }

    /** Lends the copy and takes it back once; false while circulation does not know the copy or patron yet. */
    boolean tryFirstLoan() {
        var response = gateway.header("Idempotency-Key", UUID.randomUUID().toString()).post("/api/checkouts", checkout());
        if (response.status() == 422) {
            return false;
        }
        if (response.status() != 201) {
            throw new AssertionError("check-out answered " + response.status() + ": " + response.body());
        }
        takeEffect("/api/checkins", checkin(), 200, "not-on-loan");
        return true;
    }

    @Override
    public void run() {
        try {
            // always stops after a check-in, so that no copy is left on loan
            while (running.get()) {
                takeEffect("/api/checkouts", checkout(), 201, "copy-not-available");
                checkouts.incrementAndGet();
                takeEffect("/api/checkins", checkin(), 200, "not-on-loan");
                checkins.incrementAndGet();
            }
        } catch (RuntimeException | AssertionError e) {
            failure.set(e);
            throw e;
        }
    }

    private String checkout() {
        return "{\"itemBarcode\":\"" + copy + "\",\"patronBarcode\":\"" + card + "\"}";
    }

    private String checkin() {
        return "{\"itemBarcode\":\"" + copy + "\"}";
    }

    void stop() {
        running.set(false);
    }

    private void takeEffect(String path, String body, int success, String alreadyDone) {
        String key = UUID.randomUUID().toString();
        for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
            HttpJson.Response response;
            long start = System.nanoTime();
            try {
                response = gateway.header("Idempotency-Key", key).post(path, body);
            } catch (IllegalStateException noAnswer) {
                backOff();
                continue;
            } finally {
                longestCallMillis.accumulateAndGet((System.nanoTime() - start) / 1_000_000, Math::max);
            }
            if (!response.servedBy().isEmpty()) {
                servedBy.computeIfAbsent(response.servedBy(), id -> new AtomicInteger()).incrementAndGet();
            }
            if (response.status() == success) {
                return;
            }
            String type = response.body() == null || response.body().get("type") == null ? ""
                    : response.body().get("type").asString();
            if (attempt > 1 && type.equals("urn:shelfwise:problem:" + alreadyDone)) {
                // an earlier attempt took effect, but its answer never came back
                answersLost.incrementAndGet();
                return;
            }
            if (response.status() >= 500 || type.equals("urn:shelfwise:problem:idempotency-request-in-progress")) {
                backOff();
                continue;
            }
            throw new AssertionError(path + " answered " + response.status() + ": " + response.body());
        }
        throw new AssertionError(path + " for " + copy + " got no answer in " + MAX_ATTEMPTS + " attempts");
    }

    private void backOff() {
        repeats.incrementAndGet();
        try {
            // a client's pause before it repeats a request, not a wait for the system under test
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
