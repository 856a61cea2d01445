package org.shelfwise.gateway.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfwise.gateway.GatewayWithStubServices;
import org.shelfwise.gateway.StubService;
import org.shelfwise.gateway.StubService.Reply;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec;

class IdempotencyIT extends GatewayWithStubServices {

    static final String CHECKOUT = "{\"itemBarcode\":\"C0001\",\"patronBarcode\":\"P0001\"}";

    final AtomicInteger loansMade = new AtomicInteger();
    final CountDownLatch slowCheckouts = new CountDownLatch(1);

    @BeforeEach
    void circulationLends() {
        circulation.restart();
        circulation.on("POST", "/api/checkouts", call -> new Reply(201, "application/json",
                "{\"loan\":" + loansMade.incrementAndGet() + "}"));
        // a circulation another test stopped is back once the load balancer's health check has seen it again
        // (the stub knows no such loan: its 404 shows the request got through)
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                gateway.get().uri("/api/loans/in-rotation").exchange().expectStatus().isNotFound());
    }

    @AfterEach
    void releaseSlowCalls() {
        slowCheckouts.countDown();
    }

    @Test
    void aRepeatedCheckoutTakesEffectOnceAndGetsTheFirstAnswer() {
        String key = UUID.randomUUID().toString();
        int callsBefore = checkoutCalls();

        String first = checkOut(key, CHECKOUT).expectStatus().isCreated()
                .expectHeader().doesNotExist(IdempotencyFilter.REPLAYED)
                .expectBody(String.class).returnResult().getResponseBody();
        String repeated = checkOut(key, CHECKOUT).expectStatus().isCreated()
                .expectHeader().contentType(MediaType.APPLICATION_JSON)
                .expectHeader().valueEquals(IdempotencyFilter.REPLAYED, "true")
                .expectBody(String.class).returnResult().getResponseBody();

        assertThat(repeated).isEqualTo(first);
        assertThat(checkoutCalls() - callsBefore).isEqualTo(1);
    }

    @Test
    void checkoutsWithDifferentKeysEachTakeEffect() {
        int callsBefore = checkoutCalls();

        checkOut(UUID.randomUUID().toString(), CHECKOUT).expectStatus().isCreated();
        checkOut(UUID.randomUUID().toString(), CHECKOUT).expectStatus().isCreated();

        assertThat(checkoutCalls() - callsBefore).isEqualTo(2);
    }

    @Test
    void refusesAKeyReusedForAnotherRequestWith422() {
        String key = UUID.randomUUID().toString();
        checkOut(key, CHECKOUT).expectStatus().isCreated();

        checkOut(key, "{\"itemBarcode\":\"C0002\",\"patronBarcode\":\"P0001\"}")
                .expectStatus().isEqualTo(422)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:shelfwise:problem:idempotency-key-reused");
    }

    @Test
    void answers409ToARepetitionWhileTheFirstRequestIsStillUnderWay() throws Exception {
        circulation.on("POST", "/api/checkouts", call -> {
            awaitRelease();
            return new Reply(201, "application/json", "{}");
        });
        String key = UUID.randomUUID().toString();
        int callsBefore = checkoutCalls();
        var first = CompletableFuture.supplyAsync(() ->
                checkOut(key, CHECKOUT).returnResult(String.class).getStatus().value());
        await().atMost(Duration.ofSeconds(10)).until(() -> checkoutCalls() > callsBefore);

        checkOut(key, CHECKOUT).expectStatus().isEqualTo(409)
                .expectBody().jsonPath("$.type").isEqualTo("urn:shelfwise:problem:idempotency-request-in-progress");

        slowCheckouts.countDown();
        assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo(201);
        assertThat(checkoutCalls() - callsBefore).isEqualTo(1);
    }

    @Test
    void keepsNoAnswerOfAServiceThatFailedSoTheRepetitionIsTriedAgain() {
        circulation.on("POST", "/api/checkouts", call -> Reply.problem(500,
                "{\"type\":\"urn:shelfwise:problem:internal-error\",\"status\":500}"));
        String key = UUID.randomUUID().toString();
        checkOut(key, CHECKOUT).expectStatus().isEqualTo(500);

        circulationLends();
        checkOut(key, CHECKOUT).expectStatus().isCreated().expectHeader().doesNotExist(IdempotencyFilter.REPLAYED);
    }

    @Test
    void retriesAKeyedWriteOnAnotherInstanceWhenOneRefusesConnections() {
        Set<String> answeredBy = new HashSet<>();
        for (StubService catalog : List.of(catalogA, catalogB)) {
            catalog.restart();
            catalog.ready(true);
            catalog.on("GET", "/api/books", call -> Reply.json("{\"instance\":\"" + catalog.name() + "\"}"));
            catalog.on("POST", "/api/books", call -> new Reply(201, "application/json",
                    "{\"instance\":\"" + catalog.name() + "\"}"));
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            answeredBy.add(gateway.get().uri("/api/books").exchange().expectStatus().isOk()
                    .expectBody(String.class).returnResult().getResponseBody());
            assertThat(answeredBy).hasSize(2);
        });
        int postsBefore = catalogB.calls("POST", "/api/books").size();

        // before the health check notices, every second request meets the stopped instance first
        catalogA.stop();
        for (int i = 0; i < 6; i++) {
            gateway.post().uri("/api/books").header("Idempotency-Key", UUID.randomUUID().toString())
                    .contentType(MediaType.APPLICATION_JSON).bodyValue("{\"title\":\"Emma " + i + "\"}")
                    .exchange()
                    .expectStatus().isCreated()
                    .expectBody().jsonPath("$.instance").isEqualTo("catalog-b");
        }
        assertThat(catalogB.calls("POST", "/api/books").size() - postsBefore).isEqualTo(6);
        catalogA.restart();
    }

    @Test
    void refusesAnUnreadableKeyWith400NamingTheHeader() {
        checkOut("x".repeat(256), CHECKOUT).expectStatus().isBadRequest()
                .expectBody().jsonPath("$.errors[0].field").isEqualTo("Idempotency-Key");
    }

    private ResponseSpec checkOut(String key, String body) {
        return gateway.post().uri("/api/checkouts").header("Idempotency-Key", key)
                .contentType(MediaType.APPLICATION_JSON).bodyValue(body).exchange();
    }

    private static int checkoutCalls() {
        return circulation.calls("POST", "/api/checkouts").size();
    }

    private void awaitRelease() {
        try {
            slowCheckouts.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
