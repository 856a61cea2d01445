package org.shelfwise.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;
import java.util.function.LongSupplier;

import org.springframework.cloud.client.ServiceInstance;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.util.UriComponentsBuilder;
import reactor.core.publisher.Mono;

/**
 * Asks an instance whether it is ready, for the load balancer's health checks. Only an answer takes an instance out
 * of rotation or puts it back: a 200 means ready, any other status or a refused connection means not ready. A check
 * that gets no answer in time, as on a machine too busy to answer within the interval, keeps what the last answer
 * said, so a busy moment never leaves a service with no instance at all; an instance silent for
 * {@value #SILENT_CHECKS_TOLERATED} checks in a row (frozen, or cut off) leaves rotation.
 *
 * <p>An instance that said it was ready is asked again only after {@code readyFor}; until then each check takes
 * its word. One not ready, not yet heard from, or {@link #suspect suspected} since (a call to it failed) is asked at
 * every check. So a starting instance joins within one interval and one that dies leaves within one interval of the
 * first call that fails on it, while an idle system asks its ready instances a few times a minute rather than every
 * interval.
 */
final class ReadinessChecks implements BiFunction<ServiceInstance, String, Mono<Boolean>> {

    static final int SILENT_CHECKS_TOLERATED = 3;

    /**
     * What each instance said last, how many checks in a row it has not answered since, and until when (in
     * {@link System#nanoTime()}) a "ready" is taken without asking.
     */
    private record Known(boolean ready, int silentChecks, long believedUntil) {
    }

    private final WebClient client;
    private final Duration patience;
    private final long readyForNanos;
    private final LongSupplier nanoTime;
    private final Map<URI, Known> known = new ConcurrentHashMap<>();

    /**
     * @param patience how long a check waits for the answer; shorter than the interval between checks, after which
     *                 the load balancer gives up on a check itself and counts the instance as not ready
     * @param readyFor how long an instance's "ready" is believed without asking again
     */
    ReadinessChecks(WebClient client, Duration patience, Duration readyFor) {
        this(client, patience, readyFor, System::nanoTime);
    }

    ReadinessChecks(WebClient client, Duration patience, Duration readyFor, LongSupplier nanoTime) {
        this.client = client;
        this.patience = patience;
        this.readyForNanos = readyFor.toNanos();
        this.nanoTime = nanoTime;
    }

    @Override
    public Mono<Boolean> apply(ServiceInstance instance, String path) {
        URI uri = UriComponentsBuilder.fromUri(instance.getUri()).path(path).build().toUri();
        Known last = known.get(uri);
        if (last != null && last.ready() && last.silentChecks() == 0 && nanoTime.getAsLong() - last.believedUntil() < 0) {
            return Mono.just(true);
        }
        return client.get().uri(uri)
                .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value() == 200))
                .onErrorResume(refused -> Mono.just(false))
                .doOnNext(ready -> known.put(uri, new Known(ready, 0, nanoTime.getAsLong() + readyForNanos)))
                .timeout(patience, Mono.fromSupplier(() -> silent(uri)));
    }

    /** A call to {@code instance} failed: its next check asks it, whatever it said last. */
    void suspect(ServiceInstance instance) {
        var base = instance.getUri();
        long now = nanoTime.getAsLong();
        known.replaceAll((uri, last) -> sameInstance(uri, base) ? new Known(last.ready(), last.silentChecks(), now) : last);
    }

    private static boolean sameInstance(URI uri, URI base) {
        return uri.getPort() == base.getPort() && uri.getHost().equals(base.getHost());
    }

    private boolean silent(URI uri) {
        Known now = known.compute(uri, (key, last) -> last == null
                ? new Known(false, 1, 0)
                : new Known(last.ready(), last.silentChecks() + 1, last.believedUntil()));
        return now.ready() && now.silentChecks() < SILENT_CHECKS_TOLERATED;
    }
}
