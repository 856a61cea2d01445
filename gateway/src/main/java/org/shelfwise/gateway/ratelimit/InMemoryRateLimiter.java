package org.shelfwise.gateway.ratelimit;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;

import reactor.core.publisher.Mono;

/**
 * Token buckets in this gateway's memory, one per client and limit: right for a single gateway instance; several
 * instances would each allow the full rate, and share {@link RedisRateLimiter} instead.
 */
class InMemoryRateLimiter implements RateLimiter {

    // forgetting quiet clients on every request would walk the whole map each time
    private static final int SWEEP_EVERY = 10_000;

    private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final AtomicInteger takes = new AtomicInteger();
    private final LongSupplier nanoTime;

    InMemoryRateLimiter(LongSupplier nanoTime) {
        this.nanoTime = nanoTime;
    }

    @Override
    public Mono<Verdict> take(String client, RateLimitProperties.Limit limit) {
        return Mono.fromSupplier(() -> {
            long now = nanoTime.getAsLong();
            sweepNowAndThen(now);
            var verdict = new Verdict[1];
            // compute() holds the entry's lock, so two requests of one client never take the same token
            buckets.compute(limit.name() + ":" + client, (key, bucket) -> {
                TokenBucket current = bucket != null ? bucket
                        : new TokenBucket(limit.burst(), limit.perSecond(), now);
                verdict[0] = current.take(now);
                return current;
            });
            return verdict[0];
        });
    }

    private void sweepNowAndThen(long now) {
        if (takes.incrementAndGet() % SWEEP_EVERY == 0) {
            // under the entry's lock, as in take(); a null result removes the entry
            buckets.keySet().forEach(key -> buckets.computeIfPresent(key,
                    (k, bucket) -> bucket.full(now) ? null : bucket));
        }
    }
}
