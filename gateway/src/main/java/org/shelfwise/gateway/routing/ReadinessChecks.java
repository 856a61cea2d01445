package org.shelfwise.gateway.routing;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

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
 */
final class ReadinessChecks implements BiFunction<ServiceInstance, String, Mono<Boolean>> {

    static final int SILENT_CHECKS_TOLERATED = 3;

    /** What each instance said last, and how many checks in a row it has not answered since. */
    private record Known(boolean ready, int silentChecks) {
    }

    private final WebClient client;
    private final Duration patience;
    private final Map<URI, Known> known = new ConcurrentHashMap<>();

    /**
     * @param patience how long a check waits for the answer; shorter than the interval between checks, after which
     *                 the load balancer gives up on a check itself and counts the instance as not ready
     */
    ReadinessChecks(WebClient client, Duration patience) {
        this.client = client;
        this.patience = patience;
    }

    @Override
    public Mono<Boolean> apply(ServiceInstance instance, String path) {
        URI uri = UriComponentsBuilder.fromUri(instance.getUri()).path(path).build().toUri();
        return client.get().uri(uri)
                .exchangeToMono(response -> response.releaseBody().thenReturn(response.statusCode().value() == 200))
                .onErrorResume(refused -> Mono.just(false))
                .doOnNext(ready -> known.put(uri, new Known(ready, 0)))
                .timeout(patience, Mono.fromSupplier(() -> silent(uri)));
    }

    private boolean silent(URI uri) {
        Known now = known.compute(uri, (key, last) -> last == null
                ? new Known(false, 1)
                : new Known(last.ready(), last.silentChecks() + 1));
        return now.ready() && now.silentChecks() < SILENT_CHECKS_TOLERATED;
    }
}
