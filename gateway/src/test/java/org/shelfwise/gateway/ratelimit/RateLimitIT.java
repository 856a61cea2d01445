package org.shelfwise.gateway.ratelimit;

import org.junit.jupiter.api.Test;
import org.shelfwise.gateway.GatewayWithStubServices;
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
}
