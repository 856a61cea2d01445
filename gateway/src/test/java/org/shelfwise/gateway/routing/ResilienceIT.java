package org.shelfwise.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfwise.gateway.GatewayWithStubServices;
import org.shelfwise.gateway.StubService;
import org.shelfwise.gateway.StubService.Reply;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

class ResilienceIT extends GatewayWithStubServices {

    final CountDownLatch slowCirculation = new CountDownLatch(1);

    @Autowired
    CircuitBreakerRegistry circuitBreakers;

    @BeforeEach
    void circulationIsSlowAndItsCircuitClosed() {
        circulation.restart();
        circulation.on("GET", "/api/holds", call -> Reply.json("{}"));
        // a circulation another test stopped is back once the load balancer's health check has seen it again: until
        // then the gateway answers 503 (no instance), not the 504 these tests are about
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                gateway.get().uri("/api/holds").exchange().expectStatus().isOk());
        // other tests, and the wait above, may have left failures in circulation's breaker
        circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
        circulation.on("GET", "/api/loans", call -> slow());
        circulation.on("POST", "/api/checkouts", call -> slow());
    }

    @AfterEach
    void releaseSlowCallsAndCloseTheCircuits() {
        slowCirculation.countDown();
        circuitBreakers.getAllCircuitBreakers().forEach(CircuitBreaker::reset);
    }

    @Test
    void answers504ProblemWhenTheServiceDoesNotAnswerInTime() {
        long started = System.nanoTime();

        gateway.get().uri("/api/loans").exchange()
                .expectStatus().isEqualTo(504)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:shelfwise:problem:gateway-timeout")
                .jsonPath("$.instance").isEqualTo("/api/loans");

        // three attempts of 0.7 s each, then the answer: never a hang
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void opensTheCircuitAfterRepeatedFailuresAndThenAnswers503WithoutCallingTheService() {
        for (int i = 0; i < 3; i++) {
            checkOut().expectStatus().isEqualTo(504);
        }
        int callsBefore = circulation.calls("POST", "/api/checkouts").size();

        checkOut().expectStatus().isEqualTo(503)
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody().jsonPath("$.type").isEqualTo("urn:shelfwise:problem:service-unavailable");

        assertThat(circulation.calls("POST", "/api/checkouts")).hasSize(callsBefore);
        assertThat(circuitBreakers.circuitBreaker("circulation").getState()).isEqualTo(CircuitBreaker.State.OPEN);
    }

    @Test
    void searchesTheCatalogueThroughACircuitOfTheirOwnSoSlowSearchesCannotCutOffBookReads() {
        for (var catalog : new StubService[] {catalogA, catalogB}) {
            catalog.on("GET", "/api/books", call -> Reply.json("{\"content\":[]}"));
            catalog.on("GET", "/api/books/b1", call -> Reply.json("{\"id\":\"b1\"}"));
        }

        gateway.get().uri("/api/books?q=history").exchange().expectStatus().isOk();
        assertThat(circuitBreakers.circuitBreaker("catalog-search").getMetrics().getNumberOfSuccessfulCalls()).isEqualTo(1);
        assertThat(circuitBreakers.circuitBreaker("catalog").getMetrics().getNumberOfSuccessfulCalls()).isZero();

        circuitBreakers.circuitBreaker("catalog-search").transitionToOpenState();
        gateway.get().uri("/api/books?q=history").exchange().expectStatus().isEqualTo(503);
        gateway.get().uri("/api/books/b1").exchange().expectStatus().isOk();
    }

    @Test
    void keepsTheCircuitClosedWhileNoInstanceIsReadyYetSoTheFirstReadyOneIsCalledAtOnce() {
        for (var catalog : new StubService[] {catalogA, catalogB}) {
            catalog.on("GET", "/api/books/b1", call -> Reply.json("{\"id\":\"b1\"}"));
            catalog.ready(false);
        }
        try {
            // as while the system starts: the load balancer knows no ready instance and answers 503 itself
            await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                    gateway.get().uri("/api/books/b1").exchange().expectStatus().isEqualTo(503));
            circuitBreakers.circuitBreaker("catalog").reset();
            for (int i = 0; i < 20; i++) {
                gateway.get().uri("/api/books/b1").exchange().expectStatus().isEqualTo(503);
            }
            assertThat(circuitBreakers.circuitBreaker("catalog").getState()).isEqualTo(CircuitBreaker.State.CLOSED);
        } finally {
            catalogA.ready(true);
            catalogB.ready(true);
        }
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                gateway.get().uri("/api/books/b1").exchange().expectStatus().isOk());
    }

    private org.springframework.test.web.reactive.server.WebTestClient.ResponseSpec checkOut() {
        return gateway.post().uri("/api/checkouts").contentType(MediaType.APPLICATION_JSON)
                .bodyValue("{\"itemBarcode\":\"C0001\",\"patronBarcode\":\"P0001\"}")
                .exchange();
    }

    private Reply slow() {
        try {
            slowCirculation.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Reply.json("{}");
    }
}
