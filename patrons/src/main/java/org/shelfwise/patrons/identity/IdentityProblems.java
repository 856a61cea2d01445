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

    /**
     * Too many failed sign-ins in a row for one username from one address: that address may not try again for a
     * while. The same for a username nobody has, so it says nothing about who has an account.
     */
    static final class SignInLocked extends DomainProblem {
        SignInLocked(Duration remaining) {
            super(HttpStatus.LOCKED, "sign-in-locked", "Sign-in locked",
                    "Too many failed sign-ins for this username from this address. Try again later.", List.of(),
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
