package org.shelfwise.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.shelfwise.gateway.GatewayWithStubServices;
import org.shelfwise.gateway.StubService;
import org.shelfwise.gateway.StubService.Reply;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import reactor.core.publisher.Flux;

class EdgeSecurityIT extends GatewayWithStubServices {

    static final String BOOK = "/api/books/0d6b7c3e-2f41-4a8e-bb1c-6c1de0a4f7a2";
    static final String LOANS = "/api/loans";

    @LocalServerPort
    int port;

    @BeforeEach
    void servicesAnswer() {
        List.of(catalogA, catalogB, circulation).forEach(StubService::restart);
        for (StubService catalog : List.of(catalogA, catalogB)) {
            catalog.on("GET", BOOK, call -> Reply.json("{\"title\":\"Emma\"}"));
            catalog.on("POST", "/api/books", call -> new Reply(201, "application/json", "{\"title\":\"Emma\"}"));
        }
        circulation.on("GET", LOANS, call -> Reply.json("{\"content\":[]}"));
        // an instance another test stopped counts again once the load balancer's health check has seen it
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                anonymous.get().uri(BOOK).exchange().expectStatus().isOk());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/books/a%2Fb", "/api/books/..;/x", "/api/books/%2e%2e/patrons"})
    void refusesAMalformedOrAmbiguousPathWith400ProblemBeforeAnyServiceSeesIt(String path) {
        int before = catalogA.calls("GET", BOOK).size() + catalogB.calls("GET", BOOK).size();

        anonymous.get().uri(URI.create("http://localhost:" + port + path)).exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:shelfwise:problem:malformed-request");

        assertThat(catalogA.calls("GET", BOOK).size() + catalogB.calls("GET", BOOK).size()).isEqualTo(before);
    }

    @Test
    void answersAWellFormedRequestThroughTheFirewallAsBefore() {
        gateway.get().uri(BOOK).exchange().expectStatus().isOk();
        gateway.get().uri(BOOK).exchange().expectStatus().isOk();
    }

    @Test
    void letsAnyoneReadTheCatalogueWithoutSigningIn() {
        anonymous.get().uri(BOOK).exchange()
                .expectStatus().isOk()
                .expectBody().jsonPath("$.title").isEqualTo("Emma");
    }

    @Test
    void refusesAProtectedRouteWithoutATokenWith401ProblemAndChallengeBeforeAnyServiceSeesIt() {
        int before = circulation.calls("GET", LOANS).size();

        anonymous.get().uri(LOANS + "?patronId=" + UUID.randomUUID()).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectHeader().exists("X-Request-Id")
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:shelfwise:problem:unauthenticated")
                .jsonPath("$.status").isEqualTo(401)
                .jsonPath("$.instance").isEqualTo(LOANS);

        assertThat(circulation.calls("GET", LOANS)).hasSize(before);
    }

    static Stream<Arguments> badTokens() {
        return Stream.of(
                Arguments.of("expired", (Supplier<String>) TestTokens::expired),
                Arguments.of("tampered", (Supplier<String>) TestTokens::tampered),
                Arguments.of("signed by another key", (Supplier<String>) TestTokens::signedByAnotherKey),
                Arguments.of("alg none", (Supplier<String>) TestTokens::unsigned),
                Arguments.of("wrong issuer", (Supplier<String>) TestTokens::wrongIssuer),
                Arguments.of("high S", (Supplier<String>) TestTokens::highS),
                Arguments.of("not a JWT", (Supplier<String>) () -> "desk-token"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badTokens")
    void refusesABadTokenWith401OnProtectedAndPublicRoutesAlike(String kind, Supplier<String> token) {
        int before = circulation.calls("GET", LOANS).size();

        for (String path : List.of(LOANS + "?patronId=" + UUID.randomUUID(), BOOK)) {
            anonymous.get().uri(path).header("Authorization", "Bearer " + token.get()).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().valueEquals("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody()
                    .jsonPath("$.type").isEqualTo("urn:shelfwise:problem:unauthenticated")
                    // why it failed is for the log, not for whoever made the token
                    .jsonPath("$.detail").value(detail -> assertThat(detail.toString())
                            .doesNotContainIgnoringCase("expired at").doesNotContain("Jwt"));
        }
        assertThat(circulation.calls("GET", LOANS)).hasSize(before);
    }

    @Test
    void answers503NotA401WhenTheKeysCannotBeFetched() {
        keys.on("GET", "/api/auth/jwks", call -> new Reply(500, "text/plain", "down"));
        try {
            anonymous.get().uri(LOANS).header("Authorization", "Bearer " + TestTokens.signedByAnUnknownKeyId())
                    .exchange()
                    .expectStatus().isEqualTo(503)
                    .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .expectBody().jsonPath("$.type").isEqualTo("urn:shelfwise:problem:service-unavailable");
        } finally {
            keys.on("GET", "/api/auth/jwks", call -> Reply.json(TestTokens.jwks()));
        }
        // the keys fetched before are still in use
        gateway.get().uri(LOANS).exchange().expectStatus().isOk();
    }

    @Test
    void passesAValidTokenOnToTheService() {
        String token = TestTokens.patron(UUID.randomUUID());

        anonymous.get().uri(LOANS + "?patronId=" + UUID.randomUUID()).header("Authorization", "Bearer " + token)
                .exchange()
                .expectStatus().isOk();

        assertThat(circulation.calls("GET", LOANS).getLast().header("Authorization")).isEqualTo("Bearer " + token);
    }

    @Test
    void refusesAPatronAStaffOnlyRouteWith403() {
        anonymous.post().uri("/api/books").header("Authorization", "Bearer " + TestTokens.patron(UUID.randomUUID()))
                .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"title\":\"Emma\"}")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:shelfwise:problem:forbidden");

        gateway.post().uri("/api/books").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"title\":\"Emma\"}")
                .exchange()
                .expectStatus().isCreated();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator", "/actuator/metrics", "/actuator/metrics/jvm.memory.used",
            "/actuator/prometheus"})
    void keepsTheActuatorBeyondHealthForAdministrators(String path) {
        anonymous.get().uri(path).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        gateway.get().uri(path).exchange()
                .expectStatus().isForbidden()
                .expectBody().jsonPath("$.type").isEqualTo("urn:shelfwise:problem:forbidden");
        anonymous.get().uri(path).header("Authorization", "Bearer " + TestTokens.admin()).exchange()
                .expectStatus().isOk();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness"})
    void leavesHealthProbesOpen(String path) {
        anonymous.get().uri(path).exchange().expectStatus().isOk();
    }

    @Test
    void setsSecurityHeadersOnEveryAnswer() {
        anonymous.get().uri(BOOK).exchange()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff")
                .expectHeader().valueEquals("X-Frame-Options", "DENY");
        anonymous.get().uri(LOANS).exchange()
                .expectStatus().isUnauthorized()
                .expectHeader().valueEquals("X-Content-Type-Options", "nosniff");
    }

    @Test
    void answersACorsPreflightFromAConfiguredOrigin() {
        anonymous.options().uri("/api/books")
                .header("Origin", "https://desk.library.example")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "Authorization, Content-Type, Idempotency-Key")
                .exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "https://desk.library.example")
                .expectHeader().value("Access-Control-Allow-Methods", methods -> assertThat(methods).contains("POST"))
                .expectHeader().value("Access-Control-Allow-Headers",
                        headers -> assertThat(headers.toLowerCase()).contains("authorization", "idempotency-key"));

        anonymous.get().uri(BOOK).header("Origin", "https://desk.library.example").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("Access-Control-Allow-Origin", "https://desk.library.example");
    }

    @Test
    void refusesCrossOriginCallsFromAnyOtherOrigin() {
        anonymous.options().uri("/api/books")
                .header("Origin", "https://evil.example")
                .header("Access-Control-Request-Method", "POST")
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin");

        anonymous.get().uri(BOOK).header("Origin", "https://evil.example").exchange()
                .expectStatus().isForbidden()
                .expectHeader().doesNotExist("Access-Control-Allow-Origin");
    }

    @Test
    void refusesABodyOverTheLimitWith413Problem() {
        int before = catalogA.calls("POST", "/api/books").size() + catalogB.calls("POST", "/api/books").size();
        byte[] tooLarge = new byte[1024 * 1024 + 1];

        gateway.post().uri("/api/books").contentType(MediaType.APPLICATION_JSON).bodyValue(tooLarge)
                .exchange()
                .expectStatus().isEqualTo(413)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:shelfwise:problem:content-too-large");

        // the same without a Content-Length, streamed in chunks
        var chunks = Flux.range(0, 20).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[64 * 1024]));
        gateway.post().uri("/api/books").contentType(MediaType.APPLICATION_JSON)
                .body(chunks, org.springframework.core.io.buffer.DataBuffer.class)
                .exchange()
                .expectStatus().isEqualTo(413);

        assertThat(catalogA.calls("POST", "/api/books").size() + catalogB.calls("POST", "/api/books").size())
                .isEqualTo(before);
    }
}
