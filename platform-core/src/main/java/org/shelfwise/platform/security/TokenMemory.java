package org.shelfwise.platform.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;

import java.time.Duration;

/**
 * The access tokens verified so far, each remembered until it expires: the one policy behind {@link VerifiedTokens}
 * (the services) and {@link ReactiveVerifiedTokens} (the gateway). A desk sends the same token with every request
 * for up to 15 minutes, and checking an ES256 signature again each time was about a third of circulation's CPU per
 * check-out and most of what the edge spends on a request. The token's text is the key, so a token altered in any
 * way is a different key and is verified in full; a remembered one is checked for expiry on every use. The price: a
 * token stays accepted until it expires even if its signing key is withdrawn from the JWKS sooner (tokens live at
 * most 15 minutes).
 */
final class TokenMemory {

    /** Few staff tokens are live at once, patrons' more; a miss only costs a verification. */
    static final int REMEMBERED = 1_000;
    static final Duration LONGEST = Duration.ofMinutes(15);

    private final JwtTimestampValidator unexpired = new JwtTimestampValidator();
    private final Cache<String, Jwt> verified = Caffeine.newBuilder()
            .maximumSize(REMEMBERED)
            .expireAfterWrite(LONGEST)
            .build();

    /** The token as verified before, or null when it was not; refused once it has expired. */
    Jwt recall(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known == null) {
            return null;
        }
        var validity = unexpired.validate(known);
        if (validity.hasErrors()) {
            verified.invalidate(token);
            throw new JwtValidationException("the token has expired", validity.getErrors());
        }
        return known;
    }

    void keep(String token, Jwt jwt) {
        verified.put(token, jwt);
    }
}
