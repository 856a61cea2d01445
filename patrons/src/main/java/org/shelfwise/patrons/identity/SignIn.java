package org.shelfwise.patrons.identity;

import org.shelfwise.patrons.identity.IdentityProblems.SignInLocked;
import org.shelfwise.patrons.identity.IdentityProblems.InvalidCredentials;
import org.shelfwise.patrons.identity.IdentityProblems.InvalidRefreshToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Signs users in and keeps them signed in: checks passwords ({@link PasswordCheck}, which slows down and locks
 * out repeated failures), issues access and refresh tokens, rotates refresh tokens, and revokes a token family on
 * reuse or sign-out.
 */
@Service
class SignIn {

    private final Accounts accounts;
    private final RefreshTokens refreshTokens;
    private final AccessTokens accessTokens;
    private final PasswordCheck passwordCheck;
    private final PasswordEncoder passwords;
    private final IdentityProperties properties;
    private final Clock clock;

    SignIn(Accounts accounts, RefreshTokens refreshTokens, AccessTokens accessTokens, PasswordCheck passwordCheck,
           PasswordEncoder passwords, IdentityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.passwordCheck = passwordCheck;
        this.passwords = passwords;
        this.properties = properties;
        this.clock = clock;
    }

    /** Tokens, as the OAuth 2.0 token response carries them. */
    record Tokens(String accessToken, long expiresIn, String refreshToken) {
    }

    /** The outcome of a password check: tokens, or a refusal and how long to make the caller wait for it. */
    record Attempt(Tokens tokens, RuntimeException refusal, Duration delay) {
    }

    /** Signs in with a password from the client at {@code address} (throttled per username and address). */
    // the failure is recorded, not rolled back: the refusal is returned rather than thrown
    @Transactional
    Attempt withPassword(String login, String password, String address) {
        var outcome = passwordCheck.check(login, accounts.findByLogin(login), password, address);
        if (outcome.lockedFor() != null) {
            return new Attempt(null, new SignInLocked(outcome.lockedFor()), Duration.ZERO);
        }
        if (!outcome.passed()) {
            return new Attempt(null, new InvalidCredentials(), outcome.delay());
        }
        var account = outcome.account();
        if (passwords.upgradeEncoding(account.passwordHash())) {
            accounts.changePassword(account.id(), passwords.encode(password));
        }
        return new Attempt(issue(account, UUID.randomUUID()), null, Duration.ZERO);
    }

    /** Exchanges a refresh token for new tokens; a token presented a second time revokes its whole family. */
    @Transactional(noRollbackFor = InvalidRefreshToken.class)
    Tokens refresh(String refreshToken) {
        var now = clock.instant();
        var stored = refreshTokens.lock(refreshToken).orElseThrow(InvalidRefreshToken::new);
        if (stored.replacedAt() != null) {
            // the token was used already: whoever holds the family now may be a thief, so nobody keeps it
            refreshTokens.revokeFamily(stored.familyId(), now);
            throw new InvalidRefreshToken();
        }
        if (!stored.usable(now)) {
            throw new InvalidRefreshToken();
        }
        var account = accounts.find(stored.accountId()).orElseThrow(InvalidRefreshToken::new);
        refreshTokens.markReplaced(stored.tokenHash(), now);
        return issue(account, stored.familyId());
    }

    /** Ends the session the refresh token belongs to; unknown tokens are ignored, so signing out twice is fine. */
    @Transactional
    void signOut(String refreshToken) {
        refreshTokens.lock(refreshToken).ifPresent(stored -> refreshTokens.revokeFamily(stored.familyId(), clock.instant()));
    }

    private Tokens issue(Account account, UUID family) {
        var now = clock.instant();
        String refresh = refreshTokens.issue(family, account.id(), now, now.plus(properties.refreshTokenTtl()));
        return new Tokens(accessTokens.issue(account), accessTokens.ttlSeconds(), refresh);
    }
}
