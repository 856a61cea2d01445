package org.shelfwise.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfwise.gateway.GatewayWithStubServices;
import org.shelfwise.gateway.StubService;
import org.shelfwise.gateway.StubService.Reply;
import org.springframework.http.MediaType;

class LoadBalancingIT extends GatewayWithStubServices {

    @BeforeEach
    void everyInstanceRuns() {
        for (StubService catalog : List.of(catalogA, catalogB)) {
            catalog.restart();
            catalog.ready(true);
            catalog.on("GET", "/api/books", call -> books(catalog));
            catalog.on("POST", "/api/books", call -> Reply.json("{}"));
        }
        circulation.restart();
    }

    @Test
    void spreadsRequestsOverEveryInstanceOfAService() {
        Set<String> answeredBy = new HashSet<>();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            answeredBy.add(getBooks());
            assertThat(answeredBy).containsExactlyInAnyOrder("catalog-a", "catalog-b");
        });
    }

    @Test
    void answersEveryGetWhileOneInstanceIsStopped() {
        awaitBothInRotation();

        catalogA.stop();

        // the health check has not noticed yet: the GETs that meet catalog-a are retried on catalog-b
        for (int i = 0; i < 20; i++) {
            assertThat(getBooks()).isEqualTo("catalog-b");
        }
    }

    @Test
    void takesAnInstanceThatIsNotReadyOutOfRotation() {
        awaitBothInRotation();

        // catalog-a still answers, so only the health check can keep requests away from it
        catalogA.ready(false);

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(Stream.generate(this::getBooks).limit(6)).containsOnly("catalog-b"));
    }

    @Test
    void retriesAGetOnAnotherInstanceWhenOneAnswers503() {
        awaitBothInRotation();
        catalogA.on("GET", "/api/books", call -> Reply.problem(503,
                "{\"type\":\"urn:shelfwise:problem:service-unavailable\",\"status\":503}"));

        for (int i = 0; i < 10; i++) {
            assertThat(getBooks()).isEqualTo("catalog-b");
        }
        assertThat(catalogA.calls("GET", "/api/books")).isNotEmpty();
    }

    @Test
    void neverRetriesAPost() {
        awaitBothInRotation();
        var unavailable = Reply.problem(503, "{\"type\":\"urn:shelfwise:problem:service-unavailable\",\"status\":503}");
        catalogA.on("POST", "/api/books", call -> unavailable);
        catalogB.on("POST", "/api/books", call -> unavailable);
        int postsBefore = postsReceived();

        gateway.post().uri("/api/books").contentType(MediaType.APPLICATION_JSON).bodyValue("{\"title\":\"Emma\"}")
                .exchange()
                .expectStatus().isEqualTo(503)
                // the service's own problem passes through unchanged
                .expectBody().jsonPath("$.type").isEqualTo("urn:shelfwise:problem:service-unavailable");

        assertThat(postsReceived() - postsBefore).isEqualTo(1);
    }

    @Test
    void answers503ProblemWhenNoInstanceOfTheServiceAnswers() {
        circulation.stop();

        gateway.get().uri("/api/loans").exchange()
                .expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:shelfwise:problem:service-unavailable")
                .jsonPath("$.status").isEqualTo(503)
                .jsonPath("$.instance").isEqualTo("/api/loans")
                .jsonPath("$.trace").doesNotExist();
    }

    @Test
    void answers404ProblemWhenNoRouteMatches() {
        gateway.get().uri("/api/nothing-here").exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:shelfwise:problem:not-found")
                .jsonPath("$.title").isEqualTo("Not Found")
                .jsonPath("$.instance").isEqualTo("/api/nothing-here");
    }

    @Test
    void forwardsTheCallersRequestIdAndReturnsIt() {
        gateway.get().uri("/api/books").header("X-Request-Id", "desk-42").exchange()
                .expectStatus().isOk()
                .expectHeader().valueEquals("X-Request-Id", "desk-42");

        assertThat(booksCalls()).extracting(call -> call.header("X-Request-Id")).contains("desk-42");
    }

    @Test
    void replacesAMissingOrInsaneRequestIdWithAFreshOne() {
        String generated = gateway.get().uri("/api/books").header("X-Request-Id", "spaces are not part of an id").exchange()
                .expectStatus().isOk()
                .returnResult(String.class).getResponseHeaders().getFirst("X-Request-Id");

        assertThat(generated).matches("[0-9a-f-]{36}");
        assertThat(booksCalls()).extracting(call -> call.header("X-Request-Id")).contains(generated);

        gateway.get().uri("/api/nothing-here").exchange()
                .expectHeader().valueMatches("X-Request-Id", "[0-9a-f-]{36}");
    }

    private String getBooks() {
        return gateway.get().uri("/api/books").exchange()
                .expectStatus().isOk()
                .expectBody(InstanceName.class).returnResult().getResponseBody().instance();
    }

    private void awaitBothInRotation() {
        spreadsRequestsOverEveryInstanceOfAService();
    }

    private static int postsReceived() {
        return catalogA.calls("POST", "/api/books").size() + catalogB.calls("POST", "/api/books").size();
    }

    private static List<StubService.Call> booksCalls() {
        return Stream.concat(catalogA.calls("GET", "/api/books").stream(), catalogB.calls("GET", "/api/books").stream())
                .toList();
    }

    private static Reply books(StubService stub) {
        return Reply.json("{\"instance\":\"" + stub.name() + "\",\"content\":[]}");
    }

    record InstanceName(String instance) {
    }
}
