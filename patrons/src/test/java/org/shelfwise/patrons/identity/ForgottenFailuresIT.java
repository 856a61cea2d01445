package org.shelfwise.patrons.identity;

import org.junit.jupiter.api.Test;
import org.shelfwise.patrons.PatronsIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@PatronsIntegrationTest
class ForgottenFailuresIT {

    @Autowired
    SignInFailures failures;
    @Autowired
    ForgottenFailures forgotten;

    @Test
    void deletesFailuresThatCountNoMoreAndKeepsRecentOnesAndStandingLocks() {
        var now = Instant.now();
        String old = "login:old-" + UUID.randomUUID();
        String recent = "login:recent-" + UUID.randomUUID();
        String locked = "login:locked-" + UUID.randomUUID();
        failures.save(old, "192.0.2.1", new Failures(4, now.minus(Duration.ofHours(1)), null));
        failures.save(recent, "192.0.2.1", new Failures(4, now.minusSeconds(60), null));
        failures.save(locked, "192.0.2.1", new Failures(0, now.minus(Duration.ofHours(1)), now.plusSeconds(600)));

        forgotten.forget();

        assertThat(failures.of(old, "192.0.2.1")).isEqualTo(Failures.NONE);
        assertThat(failures.of(recent, "192.0.2.1").count()).isEqualTo(4);
        assertThat(failures.of(locked, "192.0.2.1").isLocked(now)).isTrue();
    }
}
