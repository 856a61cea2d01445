package org.shelfwise.launcher;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;

/** Waits, with a bound, until every instance answers 200 on its readiness probe. */
final class Readiness {

    private static final Logger log = LoggerFactory.getLogger(Readiness.class);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();

    /** Returns once all are ready; throws {@link StartupFailure} as soon as one dies, or when time is up. */
    void await(List<ServiceProcess> processes, Duration timeout, BooleanSupplier stopping) throws InterruptedException {
        await(processes, timeout, stopping, System.nanoTime());
    }

    /** As {@link #await(List, Duration, BooleanSupplier)}, telling each instance's time from {@code origin}. */
    void await(List<ServiceProcess> processes, Duration timeout, BooleanSupplier stopping, long origin)
            throws InterruptedException {
        long start = System.nanoTime();
        long deadline = start + timeout.toNanos();
        var pending = new ArrayList<>(processes);
        while (!pending.isEmpty()) {
            for (var iterator = pending.iterator(); iterator.hasNext(); ) {
                ServiceProcess process = iterator.next();
                if (stopping.getAsBoolean()) {
                    throw new StartupFailure("stopped before every service was ready");
                }
                if (!process.isAlive()) {
                    throw new StartupFailure(process.instance().id() + " exited with code " + process.exitValue()
                            + " while starting", process);
                }
                if (isReady(process.instance())) {
                    log.info("{} is ready on port {} after {} s", process.instance().id(), process.instance().port(),
                            String.format(Locale.ROOT, "%.1f", (System.nanoTime() - origin) / 1e9));
                    iterator.remove();
                }
            }
            if (pending.isEmpty()) {
                return;
            }
            if (System.nanoTime() > deadline) {
                ServiceProcess late = pending.getFirst();
                throw new StartupFailure(late.instance().id() + " was not ready within " + timeout.toSeconds()
                        + " s (raise --startup-timeout on a slow machine)", late);
            }
            Thread.sleep(POLL_INTERVAL);
        }
    }

    private boolean isReady(ServiceInstance instance) throws InterruptedException {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + instance.port() + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(2)).GET().build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }
}
