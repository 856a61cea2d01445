package org.shelfwise.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shelfwise.gateway.GatewayWithStubServices;
import org.shelfwise.gateway.StubService;
import org.shelfwise.gateway.StubService.Reply;
import org.springframework.test.web.reactive.server.WebTestClient;

/** A client that is no trusted proxy (none is, by default) sends forwarded headers: the gateway believes none. */
class UntrustedForwardedHeadersIT extends GatewayWithStubServices {

    static WebTestClient.RequestHeadersSpec<?> forged(WebTestClient.RequestHeadersSpec<?> request) {
        return request.header("X-Forwarded-Host", "evil.example")
                .header("X-Forwarded-Proto", "https")
                .header("X-Forwarded-Port", "8443")
                .header("X-Forwarded-Prefix", "/phish")
                .header("X-Forwarded-For", "203.0.113.66")
                .header("Forwarded", "for=203.0.113.66;host=evil.example;proto=https");
    }

    @Test
    void keepsAForwardedHostOutOfTheApiDocuments() {
        String docs = forged(anonymous.get().uri("/v3/api-docs")).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(docs).doesNotContain("evil.example").doesNotContain("phish").contains("\"url\":\"http://localhost:");
    }

    @Test
    void keepsAForwardedHostOutOfTheSwaggerUiRedirect() {
        var redirect = forged(anonymous.get().uri("/swagger-ui.html")).exchange()
                .expectStatus().is3xxRedirection()
                .returnResult(Void.class).getResponseHeaders().getLocation();

        assertThat(redirect.toString()).doesNotContain("evil.example").doesNotContain("phish").doesNotStartWith("https");
    }

    @Test
    void sendsNoHstsToAPlainHttpRequestPosingAsHttps() {
        forged(anonymous.get().uri("/v3/api-docs")).exchange()
                .expectHeader().doesNotExist("Strict-Transport-Security");
    }

    @Test
    void tellsTheServicesTheClientAsItConnectedNotAsItClaims() {
        String path = "/api/copies/F" + UUID.randomUUID().toString().substring(0, 8);
        List.of(catalogA, catalogB).forEach(catalog -> catalog.on("GET", path, call -> Reply.json("{}")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                forged(anonymous.get().uri(path)).exchange().expectStatus().isOk());

        var call = calls(path).getLast();
        assertThat(call.header("X-Forwarded-For")).isEqualTo("127.0.0.1");
        assertThat(call.header("X-Forwarded-Host")).startsWith("localhost:");
        assertThat(call.header("X-Forwarded-Proto")).isEqualTo("http");
        assertThat(call.header("X-Forwarded-Prefix")).isNull();
        assertThat(call.header("Forwarded")).isNull();
    }

    static List<StubService.Call> calls(String path) {
        var calls = new ArrayList<>(catalogA.calls("GET", path));
        calls.addAll(catalogB.calls("GET", path));
        return calls;
    }
}
