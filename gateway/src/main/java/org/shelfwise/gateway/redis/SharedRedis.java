package org.shelfwise.gateway.redis;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

/**
 * The Redis that every gateway instance shares (idempotency records, rate-limit buckets), made only when
 * {@code spring.data.redis.url} ({@code REDIS_URL}) is set; without it each gateway keeps those in memory.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression(SharedRedis.CONFIGURED)
public class SharedRedis {

    /** True when a Redis URL is configured. */
    public static final String CONFIGURED = "'${spring.data.redis.url:}' != ''";

    @Bean
    LettuceConnectionFactory redisConnectionFactory(@Value("${spring.data.redis.url}") String url) {
        return new LettuceConnectionFactory(LettuceConnectionFactory.createRedisConfiguration(url));
    }

    @Bean
    ReactiveStringRedisTemplate reactiveStringRedisTemplate(ReactiveRedisConnectionFactory redis) {
        return new ReactiveStringRedisTemplate(redis);
    }
}
