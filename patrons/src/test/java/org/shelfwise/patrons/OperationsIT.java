package org.shelfwise.patrons;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.testing.HttpJson;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@PatronsIntegrationTest
class OperationsIT {

    @LocalServerPort
    int port;
    HttpJson api;

    @BeforeEach
    void api() {
        api = new HttpJson(port);
    }

    @Test
    void reportsItselfLiveAndReadyForTheLoadBalancer() {
        for (String probe : new String[]{"/actuator/health/liveness", "/actuator/health/readiness"}) {
            var response = api.get(probe);
            assertThat(response.status()).as(probe).isEqualTo(200);
            assertThat(response.body().get("status").asString()).as(probe).isEqualTo("UP");
        }
    }

    @Test
    void publishesItsOpenApiDocumentation() {
        var response = api.get("/v3/api-docs");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("paths").has("/api/patrons")).isTrue();
        assertThat(response.body().get("paths").has("/api/patrons/{id}")).isTrue();
        assertThat(response.body().get("security").get(0).has("bearer")).as("every operation offers a bearer token").isTrue();
        assertThat(response.body().get("components").get("securitySchemes").get("bearer").get("bearerFormat").asString())
                .isEqualTo("JWT");
    }
}
