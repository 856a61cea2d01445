package org.shelfwise.patrons.identity;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

/**
 * Deletes the failed sign-ins that count no more (forgotten after the lockout's time, their lock over), so that
 * guessing at many usernames nobody has leaves no lasting rows. Every instance runs it: deleting twice does no harm.
 */
@Component
class ForgottenFailures {

    private final SignInFailures failures;
    private final IdentityProperties properties;
    private final Clock clock;

    ForgottenFailures(SignInFailures failures, IdentityProperties properties, Clock clock) {
        this.failures = failures;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelay = 5, initialDelay = 1, timeUnit = TimeUnit.MINUTES)
    void forget() {
        var now = clock.instant();
        failures.forgetOlderThan(now.minus(properties.lockout()), now);
    }
}
