package org.shelfwise.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.EmbeddedRedisServer;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;

class RedisRateLimiterIT {

    static EmbeddedRedisServer server;
    static LettuceConnectionFactory connections;
    static RedisRateLimiter limiter;

    @BeforeAll
    static void redis() {
        server = EmbeddedRedisServer.start(0);
        connections = new LettuceConnectionFactory(LettuceConnectionFactory.createRedisConfiguration(server.url()));
        connections.afterPropertiesSet();
        limiter = new RedisRateLimiter(new ReactiveStringRedisTemplate(connections));
    }

    @AfterAll
    static void stop() {
        connections.destroy();
        server.close();
    }

    @Test
    void letsABurstThroughThenRefusesWithTheTimeUntilTheNextToken() {
        // one token a minute: none grows back while the test runs
        var limit = new RateLimitProperties.Limit("sign-in", 1.0 / 60, 3);
        String client = UUID.randomUUID().toString();

        for (int i = 0; i < 3; i++) {
            assertThat(limiter.take(client, limit).block().allowed()).isTrue();
        }
        Verdict refused = limiter.take(client, limit).block();

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isBetween(Duration.ofSeconds(50), Duration.ofSeconds(60));
        assertThat(limiter.take(UUID.randomUUID().toString(), limit).block().allowed())
                .as("another client's bucket").isTrue();
    }
}
