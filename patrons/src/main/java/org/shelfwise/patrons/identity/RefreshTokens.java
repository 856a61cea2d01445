package org.shelfwise.patrons.identity;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

/**
 * Refresh tokens: random, opaque, stored only as SHA-256 hashes (a database leak yields no usable token), grouped
 * in families that start at sign-in.
 */
@Repository
class RefreshTokens {

    private static final SecureRandom random = new SecureRandom();

    private final JdbcClient jdbc;

    RefreshTokens(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** A stored token, found by the hash of what the client presented. */
    record Stored(String tokenHash, UUID familyId, UUID accountId, Instant expiresAt, Instant replacedAt,
                  Instant revokedAt) {

        boolean usable(Instant now) {
            return replacedAt == null && revokedAt == null && expiresAt.isAfter(now);
        }
    }

    /** Issues a new token in {@code familyId} and returns its value, which only the client keeps. */
    String issue(UUID familyId, UUID accountId, Instant now, Instant expiresAt) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        jdbc.sql("""
                        insert into refresh_token (token_hash, family_id, account_id, issued_at, expires_at)
                        values (?, ?, ?, ?, ?)""")
                .params(hash(token), familyId, accountId, Timestamp.from(now), Timestamp.from(expiresAt)).update();
        return token;
    }

    /** The token with this value, locked until the transaction ends. */
    Optional<Stored> lock(String token) {
        return jdbc.sql("""
                        select token_hash, family_id, account_id, expires_at, replaced_at, revoked_at
                        from refresh_token where token_hash = ? for update""")
                .param(hash(token))
                .query((rs, row) -> new Stored(rs.getString(1), rs.getObject(2, UUID.class), rs.getObject(3, UUID.class),
                        rs.getTimestamp(4).toInstant(), instant(rs.getTimestamp(5)), instant(rs.getTimestamp(6))))
                .optional();
    }

    void markReplaced(String tokenHash, Instant now) {
        jdbc.sql("update refresh_token set replaced_at = ? where token_hash = ?").params(Timestamp.from(now), tokenHash)
                .update();
    }

    void revokeFamily(UUID familyId, Instant now) {
        jdbc.sql("update refresh_token set revoked_at = ? where family_id = ? and revoked_at is null")
                .params(Timestamp.from(now), familyId).update();
    }

    /** Ends every session of the account, as when its password changes. */
    void revokeAll(UUID accountId, Instant now) {
        jdbc.sql("update refresh_token set revoked_at = ? where account_id = ? and revoked_at is null")
                .params(Timestamp.from(now), accountId).update();
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String hash(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JDK has SHA-256", e);
        }
    }
}
