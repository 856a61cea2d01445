package org.shelfwise.gateway.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.EmbeddedRedisServer;
import org.springframework.data.redis.connection.lettuce.LettuceConnectionFactory;
import org.springframework.data.redis.core.ReactiveStringRedisTemplate;
import tools.jackson.databind.json.JsonMapper;

class RedisIdempotencyStoreIT {

    static final Duration IN_PROGRESS = Duration.ofSeconds(30);

    static EmbeddedRedisServer server;
    static LettuceConnectionFactory connections;
    static RedisIdempotencyStore store;

    final String key = "idempotency:" + UUID.randomUUID();

    @BeforeAll
    static void redis() {
        server = EmbeddedRedisServer.start(0);
        connections = new LettuceConnectionFactory(LettuceConnectionFactory.createRedisConfiguration(server.url()));
        connections.afterPropertiesSet();
        store = new RedisIdempotencyStore(new ReactiveStringRedisTemplate(connections), JsonMapper.builder().build());
    }

    @AfterAll
    static void stop() {
        connections.destroy();
        server.close();
    }

    @Test
    void grantsAKeyOnceAndTellsTheSecondClaimItIsInProgress() {
        assertThat(store.claim(key, "body", IN_PROGRESS).block()).isInstanceOf(Claim.Granted.class);
        assertThat(store.claim(key, "body", IN_PROGRESS).block()).isInstanceOf(Claim.InProgress.class);
        assertThat(store.claim(key, "another body", IN_PROGRESS).block()).isInstanceOf(Claim.KeyReused.class);
    }

    @Test
    void givesTheKeptAnswerToEveryRepetition() {
        store.claim(key, "body", IN_PROGRESS).block();
        var created = new StoredResponse(201, Map.of("Content-Type", "application/json", "Location", "/api/loans/1"),
                "{\"id\":1}".getBytes());
        store.complete(key, "body", created, Duration.ofHours(1)).block();

        Claim repeated = store.claim(key, "body", IN_PROGRESS).block();

        assertThat(repeated).isInstanceOf(Claim.Answered.class);
        StoredResponse answer = ((Claim.Answered) repeated).response();
        assertThat(answer.status()).isEqualTo(201);
        assertThat(answer.headers()).isEqualTo(created.headers());
        assertThat(new String(answer.body())).isEqualTo("{\"id\":1}");
        assertThat(store.claim(key, "another body", IN_PROGRESS).block()).isInstanceOf(Claim.KeyReused.class);
    }

    @Test
    void grantsTheKeyAgainOnceReleased() {
        store.claim(key, "body", IN_PROGRESS).block();
        store.release(key).block();

        assertThat(store.claim(key, "body", IN_PROGRESS).block()).isInstanceOf(Claim.Granted.class);
    }
}
