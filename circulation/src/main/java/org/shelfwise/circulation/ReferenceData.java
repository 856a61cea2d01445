package org.shelfwise.circulation;

import com.github.benmanes.caffeine.cache.CacheLoader;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Duration;

/**
 * Makes the caches of the desk's reference data: loan policies and their rules, patron categories, branch calendars.
 * Every check-out needs all three, and they change a few times a year, so each instance keeps what it read for
 * {@code shelfwise.circulation.reference-data-ttl} ({@code REFERENCE_DATA_TTL}, 5 s). The instance that makes a change forgets
 * its copy at once; other instances apply the change within that time. Hits and misses are metrics
 * ({@code cache.gets{cache=...}}).
 */
@Component
public class ReferenceData {

    private final Duration timeToLive;
    private final MeterRegistry meters;

    ReferenceData(@Value("${shelfwise.circulation.reference-data-ttl}") Duration timeToLive, MeterRegistry meters) {
        this.timeToLive = timeToLive;
        this.meters = meters;
    }

    /** A cache of up to 1,000 entries that reads through {@code loader}, measured under {@code name}. */
    public <K, V> LoadingCache<K, V> cache(String name, CacheLoader<K, V> loader) {
        LoadingCache<K, V> cache = Caffeine.newBuilder().expireAfterWrite(timeToLive).maximumSize(1_000).recordStats()
                .build(loader);
        CaffeineCacheMetrics.monitor(meters, cache, name);
        return cache;
    }
}
