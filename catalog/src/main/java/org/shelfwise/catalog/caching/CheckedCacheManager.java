package org.shelfwise.catalog.caching;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/** Hands out the caches of another manager, each that asks for a freshness check as a {@link CheckedCache}. */
final class CheckedCacheManager implements CacheManager {

    private final CacheManager target;
    private final Map<String, CachedData.Freshness> checks;
    private final Map<String, Cache> checked = new ConcurrentHashMap<>();

    CheckedCacheManager(CacheManager target, List<CachedData> caches) {
        this.target = target;
        this.checks = caches.stream().filter(cache -> cache.freshness() != null)
                .collect(Collectors.toMap(CachedData::name, CachedData::freshness));
    }

    @Override
    public Cache getCache(String name) {
        Cache cache = target.getCache(name);
        CachedData.Freshness freshness = checks.get(name);
        if (cache == null || freshness == null) {
            return cache;
        }
        return checked.computeIfAbsent(name, n -> new CheckedCache(cache, freshness));
    }

    @Override
    public Collection<String> getCacheNames() {
        return target.getCacheNames();
    }
}
