package org.shelfwise.catalog.caching;

import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.cache.metrics.CacheMeterBinderProvider;
import org.springframework.boot.cache.metrics.CaffeineCacheMeterBinderProvider;
import org.springframework.boot.cache.metrics.RedisCacheMeterBinderProvider;
import org.springframework.cache.Cache;
import org.springframework.cache.caffeine.CaffeineCache;
import org.springframework.cache.transaction.TransactionAwareCacheDecorator;
import org.springframework.data.redis.cache.RedisCache;

/**
 * Spring Boot publishes {@code cache.gets} and the like for the caches it knows (Caffeine, Redis) and sees through
 * its own transaction-aware wrapper only: this lets it see through a {@link CheckedCache} too.
 */
final class CheckedCacheMetrics implements CacheMeterBinderProvider<CheckedCache> {

    @Override
    public MeterBinder getMeterBinder(CheckedCache cache, Iterable<Tag> tags) {
        Cache target = cache.target() instanceof TransactionAwareCacheDecorator decorator
                ? decorator.getTargetCache() : cache.target();
        if (target instanceof CaffeineCache caffeine) {
            return new CaffeineCacheMeterBinderProvider().getMeterBinder(caffeine, tags);
        }
        if (target instanceof RedisCache redis) {
            return new RedisCacheMeterBinderProvider().getMeterBinder(redis, tags);
        }
        return null;
    }
}
