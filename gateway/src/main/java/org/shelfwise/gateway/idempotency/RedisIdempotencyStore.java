package org.shelfwise.gateway.idempotency;

import java.time.Duration;

import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Keeps idempotency records in Redis, shared by every gateway instance. A claim is {@code SET NX} with an expiry,
 * so of two gateways that see one key at once only one is granted it.
 */
class RedisIdempotencyStore implements IdempotencyStore {

    // value layouts: "P|<fingerprint>" while in progress, "D|<fingerprint>|<json of the answer>" once answered
    private static final String IN_PROGRESS = "P|";
    private static final String DONE = "D|";

    private final ReactiveStringRedisTemplate redis;
    private final JsonMapper json;

    RedisIdempotencyStore(ReactiveStringRedisTemplate redis, JsonMapper json) {
        this.redis = redis;
        this.json = json;
    }

    @Override
    public Mono<Claim> claim(String key, String fingerprint, Duration inProgressFor) {
        return redis.opsForValue().setIfAbsent(key, IN_PROGRESS + fingerprint, inProgressFor)
                .flatMap(granted -> granted
                        ? Mono.<Claim>just(new Claim.Granted())
                        : redis.opsForValue().get(key)
                                .map(value -> existing(value, fingerprint))
                                // expired between the two calls: claim it afresh
                                .switchIfEmpty(Mono.defer(() -> claim(key, fingerprint, inProgressFor))));
    }

    @Override
    public Mono<Void> complete(String key, String fingerprint, StoredResponse response, Duration keepFor) {
        String value = DONE + fingerprint + "|" + json.writeValueAsString(response);
        return redis.opsForValue().set(key, value, keepFor).then();
    }

    @Override
    public Mono<Void> release(String key) {
        return redis.delete(key).then();
    }

    private Claim existing(String value, String fingerprint) {
        boolean done = value.startsWith(DONE);
        String rest = value.substring(2);
        int end = done ? rest.indexOf('|') : rest.length();
        if (!rest.substring(0, end).equals(fingerprint)) {
            return new Claim.KeyReused();
        }
        return done
                ? new Claim.Answered(json.readValue(rest.substring(end + 1), StoredResponse.class))
                : new Claim.InProgress();
    }
}
