package org.shelfwise.gateway.ratelimit;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shelfwise.gateway.GatewayWithStubServices;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.http.MediaType;

class RateLimitIT extends GatewayWithStubServices {

    @Test
    void refusesSignInsBeyondTheirOwnLimitWith429AndRetryAfterAndLeavesTheRestOfTheApiAlone() {
        for (int i = 0; i < 3; i++) {
            // sign-in is not built yet: within the limit, the request goes on and finds nothing
            gateway.post().uri("/api/auth/token").exchange().expectStatus().isNotFound();
        }

        gateway.post().uri("/api/auth/token").exchange()
                .expectStatus().isEqualTo(429)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().valueMatches("Retry-After", "[1-9][0-9]*")
                .expectHeader().exists("X-Request-Id")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:shelfwise:problem:too-many-requests")
                .jsonPath("$.instance").isEqualTo("/api/auth/token");

        gateway.get().uri("/api/nothing-here").exchange().expectStatus().isNotFound();
    }

    @Test
    void keepsABucketPerVerifiedAccountSoOneCallerCannotSpendAnothersLimit() {
        String ada = "Bearer " + TestTokens.patron(UUID.randomUUID());
        String grace = "Bearer " + TestTokens.patron(UUID.randomUUID());
        for (int i = 0; i < 3; i++) {
            anonymous.post().uri("/api/auth/logout").header("Authorization", ada).exchange().expectStatus().isNotFound();
        }
        anonymous.post().uri("/api/auth/logout").header("Authorization", ada).exchange().expectStatus().isEqualTo(429);

        // another account's bucket is untouched
        anonymous.post().uri("/api/auth/logout").header("Authorization", grace).exchange().expectStatus().isNotFound();
        // and a token that fails verification spends nobody's: it is refused before the limit is looked at
        anonymous.post().uri("/api/auth/logout").header("Authorization", "Bearer " + TestTokens.tampered())
                .exchange().expectStatus().isUnauthorized();
    }
}
