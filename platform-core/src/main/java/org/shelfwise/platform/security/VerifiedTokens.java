package org.shelfwise.platform.security;

import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;

/** Verifies each distinct access token once, and remembers it until it expires ({@link TokenMemory}): the services' decoder. */
public final class VerifiedTokens implements JwtDecoder {

    private final JwtDecoder verifier;
    private final TokenMemory memory = new TokenMemory();

    public VerifiedTokens(JwtDecoder verifier) {
        this.verifier = verifier;
    }

    @Override
    public Jwt decode(String token) {
        Jwt known = memory.recall(token);
        if (known != null) {
            return known;
        }
        Jwt jwt = verifier.decode(token);
        memory.keep(token, jwt);
        return jwt;
    }
}
