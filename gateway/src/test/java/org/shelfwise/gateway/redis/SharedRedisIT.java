package org.shelfwise.gateway.redis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.EmbeddedRedisServer;
import org.shelfwise.gateway.idempotency.IdempotencyStore;
import org.shelfwise.gateway.ratelimit.RateLimiter;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** With a Redis URL configured, the gateway keeps its idempotency records and rate-limit buckets there. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "shelfwise.gateway.cache.enabled=false")
class SharedRedisIT {

    static final EmbeddedRedisServer redis = EmbeddedRedisServer.start(0);

    @DynamicPropertySource
    static void redisUrl(DynamicPropertyRegistry registry) {
        registry.add("spring.data.redis.url", redis::url);
    }

    @AfterAll
    static void stopRedis() {
        redis.close();
    }

    @Autowired
    IdempotencyStore idempotency;

    @Autowired
    RateLimiter rateLimits;

    @Test
    void keepsIdempotencyRecordsAndRateLimitBucketsInRedisWhenItIsConfigured() {
        assertThat(idempotency.getClass().getSimpleName()).isEqualTo("RedisIdempotencyStore");
        assertThat(rateLimits.getClass().getSimpleName()).isEqualTo("RedisRateLimiter");
    }
}
