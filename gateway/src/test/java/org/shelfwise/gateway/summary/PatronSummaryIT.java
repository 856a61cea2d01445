package org.shelfwise.gateway.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfwise.gateway.GatewayWithStubServices;
import org.shelfwise.gateway.StubService.Reply;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class PatronSummaryIT extends GatewayWithStubServices {

    static final UUID PATRON_ID = UUID.fromString("5f0c8a52-6a3e-4c47-9d0b-3f1f5d2f8e11");
    static final UUID BOOK_ID = UUID.fromString("0d6b7c3e-2f41-4a8e-bb1c-6c1de0a4f7a2");

    static final String PATRON = """
            {"id":"%s","barcode":"P0001","name":"Ada Lovelace","email":"ada@example.org",\
            "status":"ACTIVE","createdAt":"2026-01-05T10:00:00Z"}""".formatted(PATRON_ID);
    static final String OPEN_LOANS = """
            {"content":[{"id":"9b2d1c7a-1111-4e2f-8a3b-5c6d7e8f9a0b","itemBarcode":"C0001","patronBarcode":"P0001",\
            "patronId":"%s","bookId":"%s","title":"Sketches of the Analytical Engine",\
            "checkedOutAt":"2026-11-30T09:00:00Z","dueDate":"2026-12-14","returnedAt":null}],\
            "page":{"number":0,"size":100,"totalElements":1,"totalPages":1}}""".formatted(PATRON_ID, BOOK_ID);

    final CountDownLatch slowCirculation = new CountDownLatch(1);

    @BeforeEach
    void bothServicesAnswer() {
        patrons.restart();
        circulation.restart();
        patrons.on("GET", "/api/patrons/" + PATRON_ID, call -> Reply.json(PATRON));
        circulation.on("GET", "/api/loans", call -> Reply.json(OPEN_LOANS));
        // a service a previous test stopped is back once the load balancer's health check has seen it again
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(summaryOf(PATRON_ID, 200).get("unavailable")).isEmpty());
    }

    @AfterEach
    void releaseSlowCalls() {
        slowCirculation.countDown();
    }

    @Test
    void assemblesThePatronWithTheirOpenLoansAndTitles() {
        JsonNode summary = summaryOf(PATRON_ID, 200);

        assertThat(summary.get("patron").get("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(summary.get("patron").get("barcode").asString()).isEqualTo("P0001");
        assertThat(summary.get("loans")).hasSize(1);
        assertThat(summary.get("loans").get(0).get("title").asString()).isEqualTo("Sketches of the Analytical Engine");
        assertThat(summary.get("loans").get(0).get("dueDate").asString()).isEqualTo("2026-12-14");
        assertThat(summary.get("unavailable")).isEmpty();
    }

    @Test
    void asksCirculationForThePatronsOpenLoansWithTheCallersHeaders() {
        summaryOf(PATRON_ID, 200);

        var loansCall = circulation.calls("GET", "/api/loans").getLast();
        assertThat(loansCall.query()).contains("patronId=" + PATRON_ID, "open=true", "size=100");
        assertThat(loansCall.header("Authorization")).isEqualTo("Bearer desk-token");
        assertThat(loansCall.header("X-Request-Id")).isEqualTo("summary-test");
        var patronCall = patrons.calls("GET", "/api/patrons/" + PATRON_ID).getLast();
        assertThat(patronCall.header("Authorization")).isEqualTo("Bearer desk-token");
        assertThat(patronCall.header("X-Request-Id")).isEqualTo("summary-test");
    }

    @Test
    void reportsTheLoansUnavailableWhenCirculationIsDown() {
        circulation.stop();

        JsonNode summary = summaryOf(PATRON_ID, 200);

        assertThat(summary.get("patron").get("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(summary.get("loans").isNull()).isTrue();
        assertThat(summary.get("unavailable")).extracting(JsonNode::asString).containsExactly("loans");
    }

    @Test
    void reportsTheLoansUnavailableWhenCirculationIsTooSlow() {
        circulation.on("GET", "/api/loans", call -> {
            awaitRelease(slowCirculation);
            return Reply.json(OPEN_LOANS);
        });

        JsonNode summary = summaryOf(PATRON_ID, 200);

        assertThat(summary.get("loans").isNull()).isTrue();
        assertThat(summary.get("unavailable")).extracting(JsonNode::asString).containsExactly("loans");
    }

    @Test
    void reportsThePatronUnavailableWhenPatronsIsDown() {
        patrons.stop();

        JsonNode summary = summaryOf(PATRON_ID, 200);

        assertThat(summary.get("patron").isNull()).isTrue();
        assertThat(summary.get("loans")).hasSize(1);
        assertThat(summary.get("unavailable")).extracting(JsonNode::asString).containsExactly("patron");
    }

    @Test
    void answers503ProblemWhenNeitherServiceAnswers() {
        patrons.stop();
        circulation.stop();

        JsonNode problem = summaryOf(PATRON_ID, 503);

        assertThat(problem.get("type").asString()).isEqualTo("urn:shelfwise:problem:service-unavailable");
    }

    @Test
    void answers404ProblemForAnUnknownPatron() {
        UUID unknown = UUID.fromString("00000000-0000-4000-8000-000000000000");

        JsonNode problem = summaryOf(unknown, 404);

        assertThat(problem.get("type").asString()).isEqualTo("urn:shelfwise:problem:not-found");
        assertThat(problem.get("title").asString()).isEqualTo("Patron not found");
        assertThat(problem.get("detail").asString()).contains(unknown.toString());
        assertThat(problem.get("instance").asString()).isEqualTo("/api/patrons/" + unknown + "/summary");
    }

    @Test
    void answers400ProblemNamingTheIdWhenItIsNotAUuid() {
        JsonNode problem = gateway.get().uri("/api/patrons/not-a-uuid/summary").exchange()
                .expectStatus().isBadRequest()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(problem.get("type").asString()).isEqualTo("urn:shelfwise:problem:validation");
        assertThat(problem.get("status").asInt()).isEqualTo(400);
        assertThat(problem.get("errors").get(0).get("field").asString()).isEqualTo("id");
        assertThat(problem.has("trace")).isFalse();
        assertThat(patrons.calls("GET", "/api/patrons/not-a-uuid")).isEmpty();
    }

    private JsonNode summaryOf(UUID patronId, int status) {
        var response = gateway.get().uri("/api/patrons/{id}/summary", patronId)
                .header("Authorization", "Bearer desk-token")
                .header("X-Request-Id", "summary-test")
                .exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().valueEquals("X-Request-Id", "summary-test");
        if (status != 200) {
            response.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        return response.expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static void awaitRelease(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
