package org.shelfwise.gateway.idempotency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import reactor.core.publisher.Mono;

/**
 * Keeps idempotency records in this gateway's memory: right for a single gateway instance (the local system);
 * several gateway instances share {@link RedisIdempotencyStore} instead.
 *
 * <p>A Caffeine cache, so each record leaves when it expires without anyone walking the map, and the records
 * together never take more than {@code maximumBytes}: at a desk's rate of work a day's records take a few
 * megabytes, but a gateway under sustained load would otherwise keep 24 hours of answers in its heap. When the
 * bound is reached Caffeine drops the records it judges least likely to be asked for again; a repetition of one of
 * those would be forwarded again, as if its key had expired.
 */
class InMemoryIdempotencyStore implements IdempotencyStore {

    /** What a record costs besides its body: key, fingerprint, headers and the objects holding them (an estimate). */
    private static final int RECORD_OVERHEAD_BYTES = 512;

    private final Cache<String, Entry> entries;
    private final Clock clock;

    InMemoryIdempotencyStore(Clock clock, long maximumBytes) {
        this.clock = clock;
        this.entries = Caffeine.newBuilder()
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .expireAfter(new UntilItExpires(clock))
                .maximumWeight(maximumBytes)
                .weigher((String key, Entry entry) -> RECORD_OVERHEAD_BYTES + key.length()
                        + (entry.response() == null ? 0 : entry.response().body().length))
                // evictions are done on the calling thread, not handed to the common pool
                .executor(Runnable::run)
                .build();
    }

    @Override
    public Mono<Claim> claim(String key, String fingerprint, Duration inProgressFor) {
        return Mono.fromSupplier(() -> {
            Instant now = clock.instant();
            var claimed = new Claim[1];
            entries.asMap().compute(key, (k, existing) -> {
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
        return Mono.fromRunnable(() -> entries.invalidate(key));
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

    /** Each record lives until its own expiry: a short one while its request is under way, a long one once answered. */
    private record UntilItExpires(Clock clock) implements Expiry<String, Entry> {

        @Override
        public long expireAfterCreate(String key, Entry entry, long currentTime) {
            return remaining(entry);
        }

        @Override
        public long expireAfterUpdate(String key, Entry entry, long currentTime, long currentDuration) {
            return remaining(entry);
        }

        @Override
        public long expireAfterRead(String key, Entry entry, long currentTime, long currentDuration) {
            return currentDuration;
        }

        private long remaining(Entry entry) {
            return Math.max(0, Duration.between(clock.instant(), entry.expiresAt()).toNanos());
        }
    }
}
