package org.shelfwise.gateway.security;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.time.Duration;

/**
 * Verifies each distinct access token once, and remembers it until it expires: the gateway's counterpart of
 * platform's {@code VerifiedTokens} (which is servlet-side). A desk sends the same token with every request for up
 * to 15 minutes, and an ES256 signature check each time is most of what the edge spends on a request. The token's
 * text is the key, so an altered token is verified in full; a remembered one is checked for expiry on every use.
 * The price: a token stays accepted until it expires even if its signing key is withdrawn sooner.
 */
final class VerifiedTokens implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifier;
    private final JwtTimestampValidator unexpired = new JwtTimestampValidator();
    private final Cache<String, Jwt> verified = Caffeine.newBuilder()
            .maximumSize(1_000)
            .expireAfterWrite(Duration.ofMinutes(15))
            .build();

    VerifiedTokens(ReactiveJwtDecoder verifier) {
        this.verifier = verifier;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        Jwt known = verified.getIfPresent(token);
        if (known == null) {
            return verifier.decode(token).doOnNext(jwt -> verified.put(token, jwt));
        }
        var validity = unexpired.validate(known);
        if (validity.hasErrors()) {
            verified.invalidate(token);
            return Mono.error(new JwtValidationException("the token has expired", validity.getErrors()));
        }
        return Mono.just(known);
    }
}
