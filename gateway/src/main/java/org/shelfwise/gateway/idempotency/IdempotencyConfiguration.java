package org.shelfwise.gateway.idempotency;

import java.time.Clock;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

/** The idempotency store: Redis when one is configured (shared by all gateways), else this gateway's memory. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IdempotencyProperties.class)
class IdempotencyConfiguration {

    @Bean
    IdempotencyStore idempotencyStore(ObjectProvider<ReactiveStringRedisTemplate> redis, JsonMapper json,
                                      IdempotencyProperties properties) {
        ReactiveStringRedisTemplate shared = redis.getIfAvailable();
        return shared != null ? new RedisIdempotencyStore(shared, json) : new InMemoryIdempotencyStore(Clock.systemUTC(),
                properties.memoryLimit().toBytes());
    }
}
