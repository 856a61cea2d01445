package org.shelfwise.patrons.identity;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class FailuresTest {

    static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");
    static final Duration WINDOW = Duration.ofMinutes(15);

    static Failures after(int count) {
        var failures = Failures.NONE;
        for (int i = 0; i < count; i++) {
            failures = failures.andOneMore(NOW, null, null);
        }
        return failures;
    }

    @Test
    void slowsDownOnlyAfterTheFreeFailuresThenDoublesUpToFourSeconds() {
        assertThat(after(3).delay(3)).isZero();
        assertThat(after(4).delay(3)).isEqualTo(Duration.ofMillis(250));
        assertThat(after(5).delay(3)).isEqualTo(Duration.ofMillis(500));
        assertThat(after(8).delay(3)).isEqualTo(Duration.ofSeconds(4));
        assertThat(after(80).delay(3)).isEqualTo(Duration.ofSeconds(4));
    }

    @Test
    void locksAtTheNthFailureInARowAndStartsCountingAgain() {
        var fourth = Failures.NONE;
        for (int i = 0; i < 4; i++) {
            fourth = fourth.andOneMore(NOW, 5, WINDOW);
        }
        assertThat(fourth.isLocked(NOW)).isFalse();
        var fifth = fourth.andOneMore(NOW, 5, WINDOW);
        assertThat(fifth.isLocked(NOW)).isTrue();
        assertThat(fifth.isLocked(NOW.plus(WINDOW))).isFalse();
        assertThat(fifth.count()).isZero();
    }

    @Test
    void neverLocksWithoutALimit() {
        assertThat(after(1000).isLocked(NOW)).isFalse();
    }

    @Test
    void forgetsFailuresAfterAQuietWindowButNotAStandingLock() {
        assertThat(after(4).asOf(NOW.plus(WINDOW).minusSeconds(1), WINDOW).count()).isEqualTo(4);
        assertThat(after(4).asOf(NOW.plus(WINDOW), WINDOW).count()).isZero();
        var locked = new Failures(0, NOW.minus(WINDOW.multipliedBy(2)), NOW.plusSeconds(60));
        assertThat(locked.asOf(NOW, WINDOW).isLocked(NOW)).isTrue();
    }
}
