package org.shelfwise.patrons.identity;

import org.shelfwise.patrons.identity.IdentityProblems.AccountLocked;
import org.shelfwise.patrons.identity.IdentityProblems.InvalidCredentials;
import org.shelfwise.patrons.identity.IdentityProblems.InvalidRefreshToken;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/**
 * Signs users in and keeps them signed in: checks passwords (slowing down, then locking out, repeated failures),
 * issues access and refresh tokens, rotates refresh tokens, and revokes a token family on reuse or sign-out.
 */
@Service
class SignIn {

    private static final Duration MAX_DELAY = Duration.ofSeconds(4);

    private final Accounts accounts;
    private final RefreshTokens refreshTokens;
    private final AccessTokens accessTokens;
    private final PasswordEncoder passwords;
    private final IdentityProperties properties;
    private final Clock clock;
    // compared against when the user is unknown, so that an unknown user takes as long as a wrong password
    private final String decoyHash;

    SignIn(Accounts accounts, RefreshTokens refreshTokens, AccessTokens accessTokens, PasswordEncoder passwords,
           IdentityProperties properties, Clock clock) {
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.accessTokens = accessTokens;
        this.passwords = passwords;
        this.properties = properties;
        this.clock = clock;
        this.decoyHash = passwords.encode(UUID.randomUUID().toString());
    }

    /** Tokens, as the OAuth 2.0 token response carries them. */
    record Tokens(String accessToken, long expiresIn, String refreshToken) {
    }

    /** The outcome of a password check: tokens, or a refusal and how long to make the caller wait for it. */
    record Attempt(Tokens tokens, RuntimeException refusal, Duration delay) {
    }

    // the failure is recorded, not rolled back: the refusal is returned rather than thrown
    @Transactional
    Attempt withPassword(String login, String password) {
        var now = clock.instant();
        var found = accounts.lockByLogin(login);
        if (found.isEmpty()) {
            passwords.matches(password, decoyHash);
            return new Attempt(null, new InvalidCredentials(), Duration.ZERO);
        }
        var account = found.get();
        if (account.isLocked(now)) {
            return new Attempt(null, new AccountLocked(Duration.between(now, account.lockedUntil())), Duration.ZERO);
        }
        if (!passwords.matches(password, account.passwordHash())) {
            int failures = account.failedSignIns() + 1;
            if (failures >= properties.lockoutAfter()) {
                accounts.recordFailure(account.id(), 0, now.plus(properties.lockout()));
                return new Attempt(null, new AccountLocked(properties.lockout()), Duration.ZERO);
            }
            accounts.recordFailure(account.id(), failures, null);
            return new Attempt(null, new InvalidCredentials(), delayAfter(failures));
        }
        String hash = passwords.upgradeEncoding(account.passwordHash()) ? passwords.encode(password) : account.passwordHash();
        accounts.recordSuccess(account.id(), hash);
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
        var account = accounts.find(stored.accountId()).filter(a -> !a.isLocked(now)).orElseThrow(InvalidRefreshToken::new);
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

    private Duration delayAfter(int failures) {
        int slowed = failures - properties.freeFailures();
        if (slowed <= 0) {
            return Duration.ZERO;
        }
        Duration delay = Duration.ofMillis(250L << Math.min(slowed - 1, 10));
        return delay.compareTo(MAX_DELAY) > 0 ? MAX_DELAY : delay;
    }
}
