package org.shelfwise.catalog.caching;

import com.github.benmanes.caffeine.cache.Caffeine;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.caffeine.CaffeineCacheManager;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.cache.transaction.TransactionAwareCacheManagerProxy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.cache.BatchStrategies;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.connection.RedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.serializer.JacksonJsonRedisSerializer;
import org.springframework.data.redis.serializer.RedisSerializationContext.SerializationPair;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * Redis when {@code spring.data.redis.url} ({@code REDIS_URL}) is set, one cache shared by every instance; else
 * Caffeine in each instance, evicted across instances by {@link BroadcastEvictions}. Either way evictions happen
 * after the transaction commits (else a reader could cache the old row again before the new one is visible), a
 * cache that asks for it has every hit checked against its source ({@link CheckedCache}: a book against its row's
 * version), and a cache that fails (Redis down, an entry from an older release) counts as a miss instead of failing
 * requests.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching
@EnableConfigurationProperties(CacheSettings.class)
class CacheConfiguration implements CachingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(CacheConfiguration.class);
    static final String REDIS_CONFIGURED = "'${spring.data.redis.url:}' != ''";

    @Bean
    @ConditionalOnExpression(REDIS_CONFIGURED)
    LettuceConnectionFactory redisConnectionFactory(@Value("${spring.data.redis.url}") String url) {
        return new LettuceConnectionFactory(LettuceConnectionFactory.createRedisConfiguration(url));
    }

    @Bean
    @ConditionalOnExpression(REDIS_CONFIGURED)
    CacheManager redisCacheManager(RedisConnectionFactory redis, List<CachedData> caches, JsonMapper json) {
        // SCAN, not KEYS, to clear a cache: KEYS blocks Redis for as long as it walks the whole key space
        var builder = RedisCacheManager.builder(RedisCacheWriter.nonLockingRedisCacheWriter(redis, BatchStrategies.scan(1000)))
                .cacheDefaults(RedisCacheConfiguration.defaultCacheConfig().prefixCacheNameWith("shelfwise:catalog:"))
                .enableStatistics().transactionAware();
        for (var cache : caches) {
            builder.withCacheConfiguration(cache.name(), RedisCacheConfiguration.defaultCacheConfig()
                    .prefixCacheNameWith("shelfwise:catalog:").entryTtl(cache.timeToLive()).disableCachingNullValues()
                    .serializeValuesWith(SerializationPair.fromSerializer(new JacksonJsonRedisSerializer<>(json, cache.type()))));
        }
        RedisCacheManager manager = builder.build();
        // the builder's manager is initialised by Spring when it is a bean itself; here it is wrapped
        manager.initializeCaches();
        return new CheckedCacheManager(manager, caches);
    }

    @Bean
    @ConditionalOnMissingBean(CacheManager.class)
    CacheManager localCacheManager(List<CachedData> caches) {
        var manager = new CaffeineCacheManager();
        for (var cache : caches) {
            manager.registerCustomCache(cache.name(), Caffeine.newBuilder().maximumSize(cache.maximumEntries())
                    .expireAfterWrite(cache.timeToLive()).recordStats().build());
        }
        return new CheckedCacheManager(new TransactionAwareCacheManagerProxy(manager), caches);
    }

    @Bean
    CheckedCacheMetrics checkedCacheMetrics() {
        return new CheckedCacheMetrics();
    }

    @Override
    public CacheErrorHandler errorHandler() {
        return new CacheErrorHandler() {
            @Override
            public void handleCacheGetError(RuntimeException e, Cache cache, Object key) {
                log.warn("Reading cache {} failed; answering from the database", cache.getName(), e);
            }

            @Override
            public void handleCachePutError(RuntimeException e, Cache cache, Object key, Object value) {
                log.warn("Writing cache {} failed", cache.getName(), e);
            }

            @Override
            public void handleCacheEvictError(RuntimeException e, Cache cache, Object key) {
                log.error("Evicting {} from cache {} failed; it may be stale until it expires", key, cache.getName(), e);
            }

            @Override
            public void handleCacheClearError(RuntimeException e, Cache cache) {
                log.error("Clearing cache {} failed; entries may be stale until they expire", cache.getName(), e);
            }
        };
    }
}
