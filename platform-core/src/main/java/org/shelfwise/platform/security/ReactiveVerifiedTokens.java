package org.shelfwise.platform.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

/**
 * The same policy as {@link VerifiedTokens} over a reactive verifier: the gateway's decoder (WebFlux). A class of its
 * own so that the services, which have no Reactor, never load it.
 */
public final class ReactiveVerifiedTokens implements ReactiveJwtDecoder {

    private final ReactiveJwtDecoder verifier;
    private final TokenMemory memory = new TokenMemory();

    public ReactiveVerifiedTokens(ReactiveJwtDecoder verifier) {
        this.verifier = verifier;
    }

    @Override
    public Mono<Jwt> decode(String token) {
        return Mono.defer(() -> {
            Jwt known = memory.recall(token);
            return known != null ? Mono.just(known) : verifier.decode(token).doOnNext(jwt -> memory.keep(token, jwt));
        });
    }
}
