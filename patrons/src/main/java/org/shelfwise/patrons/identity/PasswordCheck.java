package org.shelfwise.patrons.identity;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

/**
 * Checks a password under the throttle that keeps guessing slow, for sign-in and for a password change alike.
 * Failures count per username whether or not an account has it, and an unknown username is checked against a
 * decoy hash made with the same encoder, so neither the answer nor the work tells who has an account. A few
 * failures in a row from one address for one username lock that address out for a while; failures from all
 * addresses together only slow the answers down, so nobody can lock someone else out of their account.
 */
@Component
class PasswordCheck {

    private final SignInFailures failures;
    private final PasswordEncoder passwords;
    private final IdentityProperties properties;
    private final Clock clock;
    // same encoder, same cost as every account's hash: an unknown username costs the same work as a wrong password
    private final String decoyHash;

    PasswordCheck(SignInFailures failures, PasswordEncoder passwords, IdentityProperties properties, Clock clock) {
        this.failures = failures;
        this.passwords = passwords;
        this.properties = properties;
        this.clock = clock;
        this.decoyHash = passwords.encode(UUID.randomUUID().toString());
    }

    /**
     * The outcome: the account when the password is right; otherwise how long the address is locked out
     * ({@code lockedFor}, when it is) or how long to make the caller wait for the refusal.
     */
    record Outcome(Account account, Duration lockedFor, Duration delay) {

        boolean passed() {
            return account != null;
        }
    }

    /** Checks {@code password} for the account {@code login} names, if any; runs in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    Outcome check(String login, Optional<Account> account, String password, String address) {
        var now = clock.instant();
        // an account's usernames (card and email) share its count; a username nobody has counts on its own
        String subject = account.map(a -> "account:" + a.id()).orElse("login:" + login.strip().toLowerCase(Locale.ROOT));
        failures.hold(subject);
        var here = failures.of(subject, address).asOf(now, properties.lockout());
        if (here.isLocked(now)) {
            return new Outcome(null, Duration.between(now, here.lockedUntil()), Duration.ZERO);
        }
        boolean right = passwords.matches(password, account.map(Account::passwordHash).orElse(decoyHash));
        if (right && account.isPresent()) {
            failures.forget(subject, address);
            return new Outcome(account.get(), null, Duration.ZERO);
        }
        var everywhere = failures.of(subject, SignInFailures.EVERYWHERE).asOf(now, properties.lockout())
                .andOneMore(now, null, null);
        failures.save(subject, SignInFailures.EVERYWHERE, everywhere);
        here = here.andOneMore(now, properties.lockoutAfter(), properties.lockout());
        failures.save(subject, address, here);
        if (here.isLocked(now)) {
            return new Outcome(null, properties.lockout(), Duration.ZERO);
        }
        Duration delay = max(here.delay(properties.freeFailures()), everywhere.delay(properties.freeFailures()));
        return new Outcome(null, null, delay);
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
