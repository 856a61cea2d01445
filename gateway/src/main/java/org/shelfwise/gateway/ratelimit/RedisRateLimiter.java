package org.shelfwise.gateway.ratelimit;

import java.time.Duration;
import java.util.List;

import org.springframework.core.io.ClassPathResource;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import reactor.core.publisher.Mono;

/** Token buckets in Redis, shared by every gateway instance: one script call takes a token atomically. */
class RedisRateLimiter implements RateLimiter {

    @SuppressWarnings("rawtypes")
    private static final RedisScript<List> TOKEN_BUCKET =
            RedisScript.of(new ClassPathResource("scripts/token-bucket.lua"), List.class);

    private final ReactiveStringRedisTemplate redis;

    RedisRateLimiter(ReactiveStringRedisTemplate redis) {
        this.redis = redis;
    }

    @Override
    public Mono<Verdict> take(String client, RateLimitProperties.Limit limit) {
        List<String> keys = List.of("rate-limit:" + limit.name() + ":" + client);
        return redis.execute(TOKEN_BUCKET, keys, List.of(String.valueOf(limit.perSecond()), String.valueOf(limit.burst())))
                .next()
                .map(RedisRateLimiter::verdict);
    }

    private static Verdict verdict(List<?> result) {
        if ("1".equals(String.valueOf(result.get(0)))) {
            return Verdict.ALLOWED;
        }
        double seconds = Double.parseDouble(String.valueOf(result.get(1)));
        return Verdict.refused(Duration.ofNanos((long) Math.ceil(seconds * 1e9)));
    }
}
