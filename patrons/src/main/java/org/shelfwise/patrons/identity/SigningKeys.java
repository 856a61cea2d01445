package org.shelfwise.patrons.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The ES256 keys that sign access tokens, kept in the database so every instance signs with the same key and
 * publishes the same set. The newest key signs; a key replaced by a newer one stays published until every token
 * it signed has expired, so rotation signs nobody out. Keys are read afresh at most every few seconds, so a
 * rotation made on one instance reaches the others quickly.
 */
@Component
class SigningKeys {

    private static final Duration REREAD = Duration.ofSeconds(5);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Duration accessTokenTtl;
    private volatile Snapshot snapshot;

    SigningKeys(JdbcClient jdbc, Clock clock, IdentityProperties properties) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.accessTokenTtl = properties.accessTokenTtl();
    }

    private record Stored(String kid, String jwk, Instant createdAt) {
    }

    private record Snapshot(ECKey signing, JWKSet published, Instant readAt) {
    }

    /** The key to sign with now. */
    ECKey signingKey() {
        return current().signing();
    }

    /** The public keys verifiers should accept now. */
    JWKSet publishedKeys() {
        return current().published();
    }

    /** Makes a new key the signing key; the previous one stays published while its tokens live. */
    synchronized ECKey rotate() {
        try {
            var key = new ECKeyGenerator(Curve.P_256).keyUse(KeyUse.SIGNATURE).keyID(UUID.randomUUID().toString())
                    .generate();
            jdbc.sql("insert into signing_key (kid, jwk, created_at) values (?, ?, ?)")
                    .params(key.getKeyID(), key.toJSONString(), Timestamp.from(clock.instant())).update();
            snapshot = null;
            return key;
        } catch (JOSEException e) {
            throw new IllegalStateException("could not generate a signing key", e);
        }
    }

    private Snapshot current() {
        var now = clock.instant();
        var known = snapshot;
        if (known != null && known.readAt().plus(REREAD).isAfter(now)) {
            return known;
        }
        var keys = read();
        if (keys.isEmpty()) {
            rotate();
            keys = read();
        }
        var fresh = snapshot(keys, now);
        snapshot = fresh;
        return fresh;
    }

    private List<Stored> read() {
        return jdbc.sql("select kid, jwk, created_at from signing_key order by created_at desc, kid")
                .query((rs, row) -> new Stored(rs.getString("kid"), rs.getString("jwk"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    private Snapshot snapshot(List<Stored> newestFirst, Instant now) {
        try {
            var published = new ArrayList<JWK>();
            Instant successorCreated = null;
            for (var stored : newestFirst) {
                // a replaced key still verifies the tokens it signed before its successor took over
                if (successorCreated == null || successorCreated.plus(accessTokenTtl).plusSeconds(60).isAfter(now)) {
                    published.add(JWK.parse(stored.jwk()).toPublicJWK());
                }
                successorCreated = stored.createdAt();
            }
            return new Snapshot(ECKey.parse(newestFirst.getFirst().jwk()), new JWKSet(published), now);
        } catch (ParseException e) {
            throw new IllegalStateException("a stored signing key cannot be read", e);
        }
    }
}
