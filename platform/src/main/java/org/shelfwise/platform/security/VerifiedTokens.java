package org.shelfwise.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.time.Duration;

/**
 * Verifies each distinct access token once, and remembers it until it expires. A desk sends the same token with
 * every request for up to 15 minutes, and checking an ES256 signature again each time was about a third of
 * circulation's CPU per check-out. The token's text is the key, so a token altered in any way is a different key
 * and is verified in full; a remembered one is checked for expiry on every use. The price: a token stays accepted
 * until it expires even if its signing key is withdrawn from the JWKS sooner (tokens live at most 15 minutes).
 */
public final class VerifiedTokens implements JwtDecoder {

    /** Few staff tokens are live at once, patrons' more; a miss only costs a verification. */
    static final int REMEMBERED = 1_000;
    static final Duration LONGEST = Duration.ofMinutes(15);

    private final JwtDecoder verifier;
    private final JwtTimestampValidator unexpired = new JwtTimestampValidator();
    private final Cache<String, Jwt> verified = Caffeine.newBuilder()
            .maximumSize(REMEMBERED)
            .expireAfterWrite(LONGEST)
            .build();

    public VerifiedTokens(JwtDecoder verifier) {
        this.verifier = verifier;
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known == null) {
            Jwt jwt = verifier.decode(token);
            verified.put(token, jwt);
            return jwt;
        }
        var validity = unexpired.validate(known);
        if (validity.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException("the token has expired", validity.getErrors());
        }
        return known;
    }
}
