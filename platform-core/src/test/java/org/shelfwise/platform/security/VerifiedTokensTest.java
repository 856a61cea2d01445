package org.shelfwise.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.BadJwtException;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidationException;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import reactor.core.publisher.Mono;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class VerifiedTokensTest {

    final List<String> verifications = new ArrayList<>();
    Instant expiresAt = Instant.now().plus(Duration.ofMinutes(15));

    final JwtDecoder verifier = token -> {
        verifications.add(token);
        if (token.startsWith("bad")) {
            throw new BadJwtException("signature");
        }
        return Jwt.withTokenValue(token).header("alg", "ES256").subject("desk1")
                .issuedAt(expiresAt.minus(Duration.ofMinutes(15))).expiresAt(expiresAt).build();
    };

    final VerifiedTokens tokens = new VerifiedTokens(verifier);

    @Test
    void verifiesEachDistinctTokenOnce() {
        assertThat(tokens.decode("one").getSubject()).isEqualTo("desk1");
        assertThat(tokens.decode("one").getSubject()).isEqualTo("desk1");
        assertThat(tokens.decode("two").getSubject()).isEqualTo("desk1");
        assertThat(verifications).containsExactly("one", "two");
    }

    @Test
    void neverRemembersATokenThatFailed() {
        assertThatThrownBy(() -> tokens.decode("bad")).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> tokens.decode("bad")).isInstanceOf(BadJwtException.class);
        assertThat(verifications).containsExactly("bad", "bad");
    }

    @Test
    void refusesARememberedTokenOnceItHasExpired() {
        // verified while good; by its next use it has expired (beyond the validators' one minute of clock skew)
        expiresAt = Instant.now().minus(Duration.ofMinutes(2));
        tokens.decode("old");
        assertThatThrownBy(() -> tokens.decode("old")).isInstanceOf(JwtValidationException.class);
    }

    final ReactiveJwtDecoder reactive = new ReactiveVerifiedTokens(token -> Mono.fromCallable(() -> verifier.decode(token)));

    @Test
    void theGatewaysReactiveFormVerifiesEachDistinctTokenOnceAndNeverRemembersAFailure() {
        assertThat(reactive.decode("one").block().getSubject()).isEqualTo("desk1");
        assertThat(reactive.decode("one").block().getSubject()).isEqualTo("desk1");
        assertThatThrownBy(() -> reactive.decode("bad").block()).isInstanceOf(BadJwtException.class);
        assertThatThrownBy(() -> reactive.decode("bad").block()).isInstanceOf(BadJwtException.class);
        assertThat(verifications).containsExactly("one", "bad", "bad");
    }

    @Test
    void theGatewaysReactiveFormRefusesARememberedTokenOnceItHasExpired() {
        expiresAt = Instant.now().minus(Duration.ofMinutes(2));
        reactive.decode("old").block();
        assertThatThrownBy(() -> reactive.decode("old").block()).isInstanceOf(JwtValidationException.class);
    }
}
