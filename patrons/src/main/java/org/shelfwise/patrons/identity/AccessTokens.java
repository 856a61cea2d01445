package org.shelfwise.patrons.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import org.shelfwise.platform.security.LowS;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwsHeader;
import org.springframework.security.oauth2.jwt.JwtClaimsSet;
import org.springframework.security.oauth2.jwt.JwtEncoderParameters;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.UUID;

/** Issues short-lived access tokens: JWTs signed with the current key, naming the account's roles. */
@Component
class AccessTokens {

    private final SigningKeys keys;
    private final Clock clock;
    private final String issuer;
    private final Duration ttl;

    AccessTokens(SigningKeys keys, Clock clock, IdentityProperties properties) {
        this.keys = keys;
        this.clock = clock;
        this.issuer = properties.issuer();
        this.ttl = properties.accessTokenTtl();
    }

    String issue(Account account) {
        var key = keys.signingKey();
        var now = clock.instant();
        var claims = JwtClaimsSet.builder()
                .issuer(issuer)
                .subject(account.id().toString())
                .id(UUID.randomUUID().toString())
                .issuedAt(now)
                .expiresAt(now.plus(ttl))
                .claim("username", account.username())
                .claim("roles", account.roles().stream().map(Role::name).sorted().toList());
        if (account.patronId() != null) {
            claims.claim("patron_id", account.patronId().toString());
        }
        var encoder = new NimbusJwtEncoder(new ImmutableJWKSet<>(new JWKSet(key)));
        var header = JwsHeader.with(SignatureAlgorithm.ES256).keyId(key.getKeyID()).build();
        // the JCA signer makes either of a signature's two valid forms; verifiers accept only the low-S one
        return LowS.normalised(encoder.encode(JwtEncoderParameters.from(header, claims.build())).getTokenValue(),
                JWSAlgorithm.ES256);
    }

    long ttlSeconds() {
        return ttl.toSeconds();
    }
}
