package org.shelfwise.gateway.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfwise.gateway.GatewayWithStubServices;
import org.shelfwise.gateway.StubService;
import org.shelfwise.gateway.StubService.Reply;
import org.shelfwise.embedded.testing.TestTokens;

class ObservabilityIT extends GatewayWithStubServices {

    static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    @BeforeEach
    void catalogAnswers() {
        for (StubService catalog : List.of(catalogA, catalogB)) {
            catalog.restart();
            catalog.on("GET", "/api/copies/C0001", call -> Reply.json("{}"));
        }
    }

    @Test
    void continuesTheCallersTraceWhenItCallsAService() {
        gateway.get().uri("/api/copies/C0001")
                .header("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01")
                .exchange()
                .expectStatus().isOk();

        var calls = new java.util.ArrayList<>(catalogA.calls("GET", "/api/copies/C0001"));
        calls.addAll(catalogB.calls("GET", "/api/copies/C0001"));
        assertThat(calls).extracting(call -> call.header("traceparent"))
                // the same trace, and the gateway's own span as the parent
                .anySatisfy(traceparent -> assertThat(traceparent)
                        .startsWith("00-" + TRACE_ID + "-")
                        .doesNotContain("00f067aa0ba902b7"));
    }

    @Test
    void publishesRequestCountErrorsAndLatencyPerRouteForPrometheus() {
        gateway.get().uri("/api/copies/C0001").exchange().expectStatus().isOk();

        // metrics are the administrator's: a scraper sends an ADMIN token, as the services' callers do
        String metrics = anonymous.get().uri("/actuator/prometheus")
                .header("Authorization", "Bearer " + TestTokens.admin()).exchange()
                .expectStatus().isOk()
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(metrics).containsPattern(
                "spring_cloud_gateway_requests_seconds_count\\{[^}]*routeId=\"catalog\"[^}]*status=\"OK\"");
        assertThat(metrics).containsPattern("spring_cloud_gateway_requests_seconds_sum\\{[^}]*routeId=\"catalog\"");
    }
}
