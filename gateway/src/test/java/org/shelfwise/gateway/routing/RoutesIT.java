package org.shelfwise.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.shelfwise.gateway.GatewayWithStubServices;
import org.shelfwise.gateway.StubService;
import org.shelfwise.gateway.StubService.Reply;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.JsonNode;

class RoutesIT extends GatewayWithStubServices {

    @ParameterizedTest(name = "{0} {1} goes to {2} as {3}")
    @CsvSource({
            "GET,  /api/books,                                           catalog,     /api/books",
            "GET,  /api/books/0d6b7c3e-2f41-4a8e-bb1c-6c1de0a4f7a2,      catalog,     /api/books/0d6b7c3e-2f41-4a8e-bb1c-6c1de0a4f7a2",
            "POST, /api/books,                                           catalog,     /api/books",
            "GET,  /api/copies/C0001,                                    catalog,     /api/copies/C0001",
            "GET,  /api/patrons,                                         patrons,     /api/patrons",
            "GET,  /api/patrons/5f0c8a52-6a3e-4c47-9d0b-3f1f5d2f8e11,    patrons,     /api/patrons/5f0c8a52-6a3e-4c47-9d0b-3f1f5d2f8e11",
            "POST, /api/checkouts,                                       circulation, /api/checkouts",
            "POST, /api/checkins,                                        circulation, /api/checkins",
            "GET,  /api/loans,                                           circulation, /api/loans",
            "POST, /api/loans/9b2d1c7a-1111-4e2f-8a3b-5c6d7e8f9a0b/renewal, circulation, /api/loans/9b2d1c7a-1111-4e2f-8a3b-5c6d7e8f9a0b/renewal",
            "GET,  /api/docs/catalog,                                    catalog,     /v3/api-docs",
            "GET,  /api/docs/patrons,                                    patrons,     /v3/api-docs",
            "GET,  /api/docs/circulation,                                circulation, /v3/api-docs",
            "GET,  /api/notices,                                         notifications, /api/notices",
            "POST, /api/notices/9b2d1c7a-1111-4e2f-8a3b-5c6d7e8f9a0b/resend, notifications, /api/notices/9b2d1c7a-1111-4e2f-8a3b-5c6d7e8f9a0b/resend",
            "GET,  /api/notice-preferences/5f0c8a52-6a3e-4c47-9d0b-3f1f5d2f8e11, notifications, /api/notice-preferences/5f0c8a52-6a3e-4c47-9d0b-3f1f5d2f8e11",
            "GET,  /api/docs/notifications,                              notifications, /v3/api-docs",
    })
    void routesEachPathToItsService(String method, String path, String service, String servicePath) {
        List<StubService> instances = switch (service) {
            case "catalog" -> List.of(catalogA, catalogB);
            case "patrons" -> List.of(patrons);
            case "notifications" -> List.of(notifications);
            default -> List.of(circulation);
        };
        instances.forEach(instance -> {
            instance.restart();
            instance.on(method, servicePath, call -> Reply.json("{\"service\":\"" + service + "\"}"));
        });

        // an instance another test stopped counts again once the load balancer's health check has seen it
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> send(method, path)
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo(service));
    }

    private WebTestClient.ResponseSpec send(String method, String path) {
        var request = gateway.method(HttpMethod.valueOf(method)).uri(path);
        return method.equals("POST")
                ? request.contentType(MediaType.APPLICATION_JSON).bodyValue("{}").exchange()
                : request.exchange();
    }

    @Test
    void letsOnlyAnAdministratorReachTheNoticeTemplatesAndAnyoneTheKindsOfNotice() {
        notifications.restart();
        notifications.on("GET", "/api/notice-kinds", call -> Reply.json("{\"service\":\"notifications\"}"));
        notifications.on("GET", "/api/notice-templates", call -> Reply.json("{\"service\":\"notifications\"}"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> anonymous.get().uri("/api/notice-kinds").exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.service").isEqualTo("notifications"));
        gateway.get().uri("/api/notice-templates").exchange().expectStatus().isForbidden();
        anonymous.get().uri("/api/notice-templates")
                .header("Authorization", "Bearer " + org.shelfwise.embedded.testing.TestTokens.admin()).exchange()
                .expectStatus().isOk().expectBody().jsonPath("$.service").isEqualTo("notifications");
    }

    @ParameterizedTest(name = "{0} {1} reaches the catalog without a token")
    @CsvSource({"GET, /sru", "GET, /oai", "POST, /oai"})
    void routesTheLibraryProtocolsToTheCatalogWithoutAToken(String method, String path) {
        List.of(catalogA, catalogB).forEach(instance -> {
            instance.restart();
            instance.on(method, path, call -> Reply.json("{\"service\":\"catalog\"}"));
        });

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            var request = anonymous.method(HttpMethod.valueOf(method)).uri(path);
            var sent = method.equals("POST")
                    ? request.contentType(MediaType.APPLICATION_FORM_URLENCODED).bodyValue("verb=Identify").exchange()
                    : request.exchange();
            sent.expectStatus().isOk().expectBody().jsonPath("$.service").isEqualTo("catalog");
        });
    }

    @Test
    void routesTheStaffPagesToTheWebModuleWithoutATokenAndKeepsTheHostTheBrowserAskedFor() {
        web.on("GET", "/staff/checkout", call -> Reply.json("{\"service\":\"web\",\"host\":\"" + call.header("Host") + "\"}"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> anonymous.get().uri("/staff/checkout")
                .header("Host", "desk.library.example").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("web").jsonPath("$.host").isEqualTo("desk.library.example"));
    }

    @ParameterizedTest(name = "{0} goes to the web module without a token")
    @CsvSource({"/", "/search", "/records/0d6b7c3e-2f41-4a8e-bb1c-6c1de0a4f7a2", "/account", "/account/loans/1", "/sign-in",
            "/assets/opac.css"})
    void routesThePublicCataloguesPagesToTheWebModuleWithoutAToken(String path) {
        web.on("GET", path, call -> Reply.json("{\"service\":\"web\",\"host\":\"" + call.header("Host") + "\"}"));

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> anonymous.get().uri(path)
                .header("Host", "library.example").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.service").isEqualTo("web").jsonPath("$.host").isEqualTo("library.example"));
    }

    @Test
    void offersEveryServicesApiInOneSwaggerUi() {
        JsonNode config = gateway.get().uri("/v3/api-docs/swagger-config").exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(config.get("urls")).extracting(url -> url.get("url").asString()).containsExactlyInAnyOrder(
                "/v3/api-docs", "/api/docs/catalog", "/api/docs/patrons", "/api/docs/circulation",
                "/api/docs/notifications");
    }

    @Test
    void documentsTheSummaryTheGatewayServesItself() {
        gateway.get().uri("/v3/api-docs").exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.paths['/api/patrons/{id}/summary'].get").exists();
    }
}
