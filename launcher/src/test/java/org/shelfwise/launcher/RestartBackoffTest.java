package org.shelfwise.launcher;

import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

class RestartBackoffTest {

    @Test
    void doublesTheWaitAfterEachQuickDeathUpToThirtySeconds() {
        var backoff = new RestartBackoff();
        var waits = new long[8];
        for (int i = 0; i < waits.length; i++) {
            waits[i] = backoff.after(Duration.ofSeconds(2)).toSeconds();
        }
        assertThat(waits).containsExactly(1, 2, 4, 8, 16, 30, 30, 30);
    }

    @Test
    void startsOverAtOneSecondOnceTheProcessRanForAHealthyMinute() {
        var backoff = new RestartBackoff();
        backoff.after(Duration.ZERO);
        backoff.after(Duration.ZERO);
        backoff.after(Duration.ZERO);
        assertThat(backoff.after(Duration.ofSeconds(59))).isEqualTo(Duration.ofSeconds(8));
        assertThat(backoff.after(Duration.ofMinutes(1))).isEqualTo(Duration.ofSeconds(1));
        assertThat(backoff.after(Duration.ZERO)).isEqualTo(Duration.ofSeconds(2));
    }
}
