package org.shelfwise.patrons.identity;

import org.shelfwise.platform.problems.DomainProblem;
import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** Why a sign-in or a token refresh was refused. Deliberately vague about which part was wrong. */
final class IdentityProblems {

    private IdentityProblems() {
    }

    /** Unknown user, wrong password, or an account that may not sign in: the same answer for all three. */
    static final class InvalidCredentials extends DomainProblem {
        InvalidCredentials() {
            super(HttpStatus.UNAUTHORIZED, "invalid-credentials", "Sign-in failed",
                    "The username or password is wrong.");
        }
    }

    /** Too many failed sign-ins in a row: the account is locked for a while. */
    static final class AccountLocked extends DomainProblem {
        AccountLocked(Duration remaining) {
            super(HttpStatus.LOCKED, "account-locked", "Account locked",
                    "Too many failed sign-ins. Try again later.", List.of(),
                    Map.of("Retry-After", Long.toString(Math.max(1, remaining.toSeconds()))));
        }
    }

    /** A refresh token that is unknown, expired, revoked, or was already used (then its family is revoked). */
    static final class InvalidRefreshToken extends DomainProblem {
        InvalidRefreshToken() {
            super(HttpStatus.UNAUTHORIZED, "invalid-refresh-token", "Refresh token not accepted",
                    "The refresh token is unknown, expired or revoked. Sign in again.");
        }
    }
}
