package org.shelfwise.gateway.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;

import org.junit.jupiter.api.Test;

class InMemoryIdempotencyStoreTest {

    static final Duration IN_PROGRESS = Duration.ofSeconds(30);
    static final StoredResponse CREATED = new StoredResponse(201, Map.of("Content-Type", "application/json"),
            "{}".getBytes());

    final MovableClock clock = new MovableClock();
    final InMemoryIdempotencyStore store = new InMemoryIdempotencyStore(clock, 1_000_000);

    @Test
    void grantsAKeyOnceAndTellsTheSecondClaimItIsInProgress() {
        assertThat(store.claim("k", "body", IN_PROGRESS).block()).isInstanceOf(Claim.Granted.class);
        assertThat(store.claim("k", "body", IN_PROGRESS).block()).isInstanceOf(Claim.InProgress.class);
    }

    @Test
    void givesTheKeptAnswerToEveryRepetitionUntilItExpires() {
        store.claim("k", "body", IN_PROGRESS).block();
        store.complete("k", "body", CREATED, Duration.ofHours(24)).block();

        assertThat(store.claim("k", "body", IN_PROGRESS).block()).isEqualTo(new Claim.Answered(CREATED));
        clock.advance(Duration.ofHours(24));
        assertThat(store.claim("k", "body", IN_PROGRESS).block()).isInstanceOf(Claim.Granted.class);
    }

    @Test
    void refusesTheKeyForAnotherBody() {
        store.claim("k", "body", IN_PROGRESS).block();

        assertThat(store.claim("k", "another body", IN_PROGRESS).block()).isInstanceOf(Claim.KeyReused.class);
    }

    @Test
    void grantsTheKeyAgainWhenTheFirstClaimWasReleasedOrLapsed() {
        store.claim("released", "body", IN_PROGRESS).block();
        store.release("released").block();
        store.claim("lapsed", "body", IN_PROGRESS).block();
        clock.advance(IN_PROGRESS);

        assertThat(store.claim("released", "body", IN_PROGRESS).block()).isInstanceOf(Claim.Granted.class);
        assertThat(store.claim("lapsed", "body", IN_PROGRESS).block()).isInstanceOf(Claim.Granted.class);
    }

    @Test
    void keepsNoMoreRecordsThanItsMemoryLimitAllows() {
        var small = new InMemoryIdempotencyStore(clock, 100_000);
        var answer = new StoredResponse(201, Map.of(), new byte[1_000]);
        for (int i = 0; i < 1_000; i++) {
            small.claim("k" + i, "body", IN_PROGRESS).block();
            small.complete("k" + i, "body", answer, Duration.ofHours(24)).block();
        }

        long kept = java.util.stream.IntStream.range(0, 1_000)
                .filter(i -> small.claim("k" + i, "body", IN_PROGRESS).block() instanceof Claim.Answered)
                .count();
        // 100 kB hold fewer than 100 records of 1 kB and their overhead, but not none
        assertThat(kept).isBetween(1L, 99L);
    }

    static final class MovableClock extends Clock {

        private Instant now = Instant.parse("2026-11-23T10:00:00Z");

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
