package org.shelfwise.gateway.problem;

import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.testing.RawHttp;
import org.shelfwise.gateway.GatewayWithStubServices;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** What the gateway cannot read or answer as asked is still a problem detail, never an empty body. */
class MalformedRequestsIT extends GatewayWithStubServices {

    @LocalServerPort
    int port;

    private static void assertProblem(RawHttp.Response response, int status) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.json().get("status").asInt()).isEqualTo(status);
        assertThat(response.json().get("type").asString()).startsWith("urn:shelfwise:problem:");
    }

    @Test
    void answersARequestLineTooLongWith414() {
        assertProblem(new RawHttp(port).send("GET", "/api/books?q=" + "a".repeat(100_000), null), 414);
    }

    @Test
    void answersHeadersTooLargeWith431() {
        assertProblem(new RawHttp(port).send("GET", "/api/books", null, "X-Large: " + "a".repeat(20_000)), 431);
    }

    @Test
    void answersAnAcceptItCannotMeetOrReadWith406() {
        assertProblem(new RawHttp(port).send("GET", "/v3/api-docs", null, "Accept: image/png"), 406);
        assertProblem(new RawHttp(port).send("GET", "/v3/api-docs", null, "Accept: garbage"), 406);
    }
}
