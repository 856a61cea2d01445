package org.shelfwise.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shelfwise.gateway.GatewayWithStubServices;
import org.shelfwise.gateway.StubService.Reply;
import org.springframework.test.context.TestPropertySource;

/** The gateway behind a load balancer it trusts (here: the tests' own address), which terminates HTTPS. */
@TestPropertySource(properties = {"shelfwise.gateway.edge.trusted-proxies=127.0.0.1, 10.0.0.0/8",
        "shelfwise.gateway.edge.hsts-max-age=1d"})
class BehindATrustedProxyIT extends GatewayWithStubServices {

    @Test
    void sendsHstsWithTheConfiguredMaxAgeWhenTheProxyReceivedHttps() {
        anonymous.get().uri("/v3/api-docs").header("X-Forwarded-Proto", "https").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Strict-Transport-Security", "max-age=86400 ; includeSubDomains");
        anonymous.get().uri("/v3/api-docs").header("X-Forwarded-Proto", "http").exchange()
                .expectHeader().doesNotExist("Strict-Transport-Security");
    }

    @Test
    void documentsTheApiAtThePublicAddressTheProxyNames() {
        String docs = anonymous.get().uri("/v3/api-docs")
                .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "library.example").exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(docs).contains("\"url\":\"https://library.example\"");
    }

    @Test
    void tellsTheServicesTheLastAddressBeforeTheTrustedProxiesNotWhatTheClientWroteFirst() {
        String path = "/api/copies/T" + UUID.randomUUID().toString().substring(0, 8);
        List.of(catalogA, catalogB).forEach(catalog -> catalog.on("GET", path, call -> Reply.json("{}")));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                anonymous.get().uri(path)
                        // the client wrote the first address; the balancer (10.1.2.3, trusted) appended the one it saw
                        .header("X-Forwarded-For", "192.0.2.1, 203.0.113.9, 10.1.2.3")
                        .header("X-Forwarded-Proto", "https").header("X-Forwarded-Host", "library.example")
                        .exchange().expectStatus().isOk());

        var call = UntrustedForwardedHeadersIT.calls(path).getLast();
        assertThat(call.header("X-Forwarded-For")).isEqualTo("203.0.113.9");
        assertThat(call.header("X-Forwarded-Proto")).isEqualTo("https");
        assertThat(call.header("X-Forwarded-Host")).isEqualTo("library.example");
        assertThat(call.header("X-Forwarded-Port")).isEqualTo("443");
    }
}
