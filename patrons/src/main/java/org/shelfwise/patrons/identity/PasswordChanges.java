package org.shelfwise.patrons.identity;

import org.shelfwise.patrons.identity.IdentityProblems.SignInLocked;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Changes an account's password given its current one. A wrong current password is a failed sign-in like any
 * other (a stolen access token must not become a way around the throttle to guess it), and a change ends every
 * session of the account: whoever knew the old password keeps no refresh token.
 */
@Service
class PasswordChanges {

    private final Accounts accounts;
    private final PasswordCheck passwordCheck;
    private final PasswordEncoder passwords;
    private final RefreshTokens refreshTokens;
    private final Clock clock;

    PasswordChanges(Accounts accounts, PasswordCheck passwordCheck, PasswordEncoder passwords,
                    RefreshTokens refreshTokens, Clock clock) {
        this.accounts = accounts;
        this.passwordCheck = passwordCheck;
        this.passwords = passwords;
        this.refreshTokens = refreshTokens;
        this.clock = clock;
    }

    /** A refusal and how long to make the caller wait for it; {@code null} refusal: changed. */
    record Outcome(RuntimeException refusal, Duration delay) {
    }

    // the failure is recorded, not rolled back: the refusal is returned rather than thrown
    @Transactional
    Outcome change(UUID accountId, String currentPassword, String newPassword, String address) {
        var account = accounts.find(accountId);
        var check = passwordCheck.check(account.map(Account::username).orElse(accountId.toString()), account,
                currentPassword, address);
        if (check.lockedFor() != null) {
            return new Outcome(new SignInLocked(check.lockedFor()), Duration.ZERO);
        }
        if (!check.passed()) {
            return new Outcome(new PasswordChange.WrongCurrentPassword(), check.delay());
        }
        accounts.changePassword(accountId, passwords.encode(newPassword));
        refreshTokens.revokeAll(accountId, clock.instant());
        return new Outcome(null, Duration.ZERO);
    }
}
