package org.shelfwise.gateway.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    static final long SECOND = 1_000_000_000L;

    @Test
    void letsABurstThroughThenRefusesUntilATokenHasGrown() {
        var bucket = new TokenBucket(3, 2, 0);

        assertThat(bucket.take(0).allowed()).isTrue();
        assertThat(bucket.take(0).allowed()).isTrue();
        assertThat(bucket.take(0).allowed()).isTrue();
        Verdict refused = bucket.take(0);

        assertThat(refused.allowed()).isFalse();
        assertThat(refused.retryAfter()).isEqualTo(Duration.ofMillis(500));
        assertThat(bucket.take(SECOND / 2).allowed()).isTrue();
        assertThat(bucket.take(SECOND / 2).allowed()).isFalse();
    }

    @Test
    void neverHoldsMoreThanItsCapacity() {
        var bucket = new TokenBucket(2, 10, 0);

        long anHourLater = 3600 * SECOND;
        assertThat(bucket.take(anHourLater).allowed()).isTrue();
        assertThat(bucket.take(anHourLater).allowed()).isTrue();
        assertThat(bucket.take(anHourLater).allowed()).isFalse();
    }

    @Test
    void eachClientHasABucketOfItsOwn() {
        var limit = new RateLimitProperties.Limit("api", 1, 1);
        var limiter = new InMemoryRateLimiter(() -> 0);

        assertThat(limiter.take("10.0.0.1", limit).block().allowed()).isTrue();
        assertThat(limiter.take("10.0.0.1", limit).block().allowed()).isFalse();
        assertThat(limiter.take("10.0.0.2", limit).block().allowed()).isTrue();
    }
}
