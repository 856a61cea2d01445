package org.shelfwise.gateway.ratelimit;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/** The rate limiter: token buckets in Redis when one is configured (shared by all gateways), else in memory. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    @Bean
    RateLimiter rateLimiter(ObjectProvider<ReactiveStringRedisTemplate> redis) {
        ReactiveStringRedisTemplate shared = redis.getIfAvailable();
        return shared != null ? new RedisRateLimiter(shared) : new InMemoryRateLimiter(System::nanoTime);
    }
}
