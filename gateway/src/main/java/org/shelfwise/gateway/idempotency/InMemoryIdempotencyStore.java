package org.shelfwise.gateway.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import reactor.core.publisher.Mono;

/**
 * Keeps idempotency records in this gateway's memory: right for a single gateway instance (the local system);
 * several gateway instances share {@link RedisIdempotencyStore} instead.
 */
class InMemoryIdempotencyStore implements IdempotencyStore {

    // sweeping expired records on every claim would make each request walk the map
    private static final int SWEEP_EVERY = 1_000;

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicInteger claims = new AtomicInteger();
    private final Clock clock;

    InMemoryIdempotencyStore(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Mono<Claim> claim(String key, String fingerprint, Duration inProgressFor) {
        return Mono.fromSupplier(() -> {
            sweepNowAndThen();
            Instant now = clock.instant();
            var claimed = new Claim[1];
            entries.compute(key, (k, existing) -> {
                if (existing == null || existing.expired(now)) {
                    claimed[0] = new Claim.Granted();
                    return new Entry(fingerprint, null, now.plus(inProgressFor));
                }
                claimed[0] = existing.claimBy(fingerprint);
                return existing;
            });
            return claimed[0];
        });
    }

    @Override
    public Mono<Void> complete(String key, String fingerprint, StoredResponse response, Duration keepFor) {
        return Mono.fromRunnable(() -> entries.put(key, new Entry(fingerprint, response, clock.instant().plus(keepFor))));
    }

    @Override
    public Mono<Void> release(String key) {
        return Mono.fromRunnable(() -> entries.remove(key));
    }

    private void sweepNowAndThen() {
        if (claims.incrementAndGet() % SWEEP_EVERY == 0) {
            Instant now = clock.instant();
            entries.values().removeIf(entry -> entry.expired(now));
        }
    }

    private record Entry(String fingerprint, StoredResponse response, Instant expiresAt) {

        boolean expired(Instant now) {
            return !now.isBefore(expiresAt);
        }

        Claim claimBy(String otherFingerprint) {
            if (!fingerprint.equals(otherFingerprint)) {
                return new Claim.KeyReused();
            }
            return response == null ? new Claim.InProgress() : new Claim.Answered(response);
        }
    }
}
