package org.shelfwise.gateway.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfwise.gateway.GatewayWithStubServices;
import org.shelfwise.gateway.StubService;
import org.shelfwise.embedded.testing.TestTokens;
import org.shelfwise.gateway.StubService.Reply;
import org.springframework.http.MediaType;
import tools.jackson.databind.JsonNode;

class PatronSummaryIT extends GatewayWithStubServices {

    static final UUID PATRON_ID = UUID.fromString("5f0c8a52-6a3e-4c47-9d0b-3f1f5d2f8e11");
    static final UUID OTHER_PATRON_ID = UUID.fromString("7a1e2b3c-4d5e-4f60-8a7b-9c0d1e2f3a4b");
    static final String DESK = TestTokens.librarian();
    static final UUID BOOK_ID = UUID.fromString("0d6b7c3e-2f41-4a8e-bb1c-6c1de0a4f7a2");
    static final UUID HELD_BOOK_ID = UUID.fromString("3c9e4f1a-8b2d-4c6e-9f0a-1b2c3d4e5f60");
    static final UUID FETCHED_BOOK_ID = UUID.fromString("6e5d4c3b-2a19-4f08-8e7d-6c5b4a392817");

    static final String PATRON = """
            {"id":"%s","barcode":"P0001","name":"Ada Lovelace","email":"ada@example.org",\
            "status":"ACTIVE","createdAt":"2026-01-05T10:00:00Z"}""".formatted(PATRON_ID);
    static final String OPEN_LOANS = """
            {"content":[{"id":"9b2d1c7a-1111-4e2f-8a3b-5c6d7e8f9a0b","itemBarcode":"C0001","patronBarcode":"P0001",\
            "patronId":"%s","bookId":"%s","title":"Sketches of the Analytical Engine",\
            "checkedOutAt":"2026-11-30T09:00:00Z","dueDate":"2026-12-14","returnedAt":null}],\
            "page":{"number":0,"size":100,"totalElements":1,"totalPages":1}}""".formatted(PATRON_ID, BOOK_ID);

    // one waiting, one fulfilled long ago: the summary shows only holds still to be fulfilled
    static final String HOLDS = """
            [{"id":"a1b2c3d4-0000-4e2f-8a3b-5c6d7e8f9a0b","bookId":"%s","patronId":"%s","patronBarcode":"P0001",\
            "status":"WAITING","position":2,"itemBarcode":null,"pickupBy":null},\
            {"id":"a1b2c3d4-1111-4e2f-8a3b-5c6d7e8f9a0b","bookId":"%s","patronId":"%s","patronBarcode":"P0001",\
            "status":"FULFILLED","position":null,"itemBarcode":"C0009","pickupBy":null}]"""
            .formatted(HELD_BOOK_ID, PATRON_ID, FETCHED_BOOK_ID, PATRON_ID);
    static final String BOOKS = """
            [{"id":"%s","title":"Sketches of the Analytical Engine","subtitle":null,\
            "authors":["Luigi Menabrea","Ada Lovelace"],"isbn":"9780306406157","publisher":"Taylor","publicationYear":1843,\
            "language":"en","edition":null,"version":3,"availableCopies":0,"copies":[\
            {"id":"11111111-2222-4333-8444-555555555555","bookId":"%s","barcode":"C0001","shelfMark":"510.9 MEN",\
            "location":"Main / Science","note":null,"status":"ON_LOAN","dueDate":"2026-12-14","pickupBy":null,"version":4}]},\
            {"id":"%s","title":"On Computable Numbers","subtitle":null,"authors":["Alan Turing"],\
            "isbn":"9780198250791","publisher":null,"publicationYear":1936,"language":"en","edition":null,"version":0,\
            "availableCopies":1,"copies":[\
            {"id":"66666666-2222-4333-8444-555555555555","bookId":"%s","barcode":"C0002","shelfMark":"511.3 TUR",\
            "location":"Main / Science","note":null,"status":"AVAILABLE","dueDate":null,"pickupBy":null,"version":0},\
            {"id":"77777777-2222-4333-8444-555555555555","bookId":"%s","barcode":"C0003","shelfMark":"511.3 TUR",\
            "location":"Branch","note":null,"status":"ON_LOAN","dueDate":"2026-12-01","pickupBy":null,"version":2}]}]"""
            .formatted(BOOK_ID, BOOK_ID, HELD_BOOK_ID, HELD_BOOK_ID, HELD_BOOK_ID);

    final CountDownLatch slowCirculation = new CountDownLatch(1);
    final CountDownLatch slowCatalog = new CountDownLatch(1);

    @BeforeEach
    void allServicesAnswer() {
        patrons.restart();
        circulation.restart();
        patrons.on("GET", "/api/patrons/" + PATRON_ID, call -> Reply.json(PATRON));
        circulation.on("GET", "/api/loans", call -> Reply.json(OPEN_LOANS));
        circulation.on("GET", "/api/holds", call -> Reply.json(HOLDS));
        for (StubService catalog : List.of(catalogA, catalogB)) {
            catalog.restart();
            catalog.ready(true);
            catalog.on("GET", "/api/books/lookup", call -> Reply.json(BOOKS));
        }
        // a service a previous test stopped is back once the load balancer's health check has seen it again
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(summaryOf(PATRON_ID, 200).get("unavailable")).isEmpty());
    }

    @AfterEach
    void releaseSlowCalls() {
        slowCirculation.countDown();
        slowCatalog.countDown();
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
    void completesEachLoanWithTheBookFromTheCatalogueAndWhereItsCopyIsShelved() {
        JsonNode loan = summaryOf(PATRON_ID, 200).get("loans").get(0);

        assertThat(loan.get("book").get("id").asString()).isEqualTo(BOOK_ID.toString());
        assertThat(loan.get("book").get("authors")).extracting(JsonNode::asString)
                .containsExactly("Luigi Menabrea", "Ada Lovelace");
        assertThat(loan.get("book").get("isbn").asString()).isEqualTo("9780306406157");
        assertThat(loan.get("book").get("publicationYear").asInt()).isEqualTo(1843);
        assertThat(loan.get("copy").get("barcode").asString()).isEqualTo("C0001");
        assertThat(loan.get("copy").get("shelfMark").asString()).isEqualTo("510.9 MEN");
        assertThat(loan.get("copy").get("location").asString()).isEqualTo("Main / Science");
    }

    @Test
    void listsTheActiveHoldsWithHowManyCopiesOfEachBookAreOnTheShelf() {
        JsonNode holds = summaryOf(PATRON_ID, 200).get("holds");

        assertThat(holds).hasSize(1);
        JsonNode hold = holds.get(0);
        assertThat(hold.get("status").asString()).isEqualTo("WAITING");
        assertThat(hold.get("position").asInt()).isEqualTo(2);
        assertThat(hold.get("book").get("title").asString()).isEqualTo("On Computable Numbers");
        assertThat(hold.get("book").get("copies").asInt()).isEqualTo(2);
        assertThat(hold.get("book").get("availableCopies").asInt()).isEqualTo(1);
        assertThat(hold.get("copy").isNull()).isTrue();
    }

    @Test
    void asksTheCatalogueOnceForAllTheBooksOfLoansAndActiveHoldsWithTheCallersHeaders() {
        int before = lookups().size();

        summaryOf(PATRON_ID, 200);

        var calls = lookups();
        assertThat(calls).hasSize(before + 1);
        var lookup = calls.getLast();
        assertThat(URLDecoder.decode(lookup.query(), StandardCharsets.UTF_8))
                .isEqualTo("ids=" + BOOK_ID + "," + HELD_BOOK_ID);
        assertThat(lookup.header("Authorization")).isEqualTo("Bearer " + DESK);
        assertThat(lookup.header("X-Request-Id")).isEqualTo("summary-test");
    }

    @Test
    void asksTheCatalogueNothingWhenThePatronHasNoLoansOrHolds() {
        circulation.on("GET", "/api/loans", call -> Reply.json("""
                {"content":[],"page":{"number":0,"size":100,"totalElements":0,"totalPages":0}}"""));
        circulation.on("GET", "/api/holds", call -> Reply.json("[]"));
        int before = lookups().size();

        JsonNode summary = summaryOf(PATRON_ID, 200);

        assertThat(summary.get("loans")).isEmpty();
        assertThat(summary.get("holds")).isEmpty();
        assertThat(summary.get("unavailable")).isEmpty();
        assertThat(lookups()).hasSize(before);
    }

    @Test
    void keepsLoansAndHoldsAndReportsTheBooksUnavailableWhenTheCatalogueIsDown() {
        catalogA.stop();
        catalogB.stop();

        JsonNode summary = summaryOf(PATRON_ID, 200);

        assertThat(summary.get("unavailable")).extracting(JsonNode::asString).containsExactly("books");
        JsonNode loan = summary.get("loans").get(0);
        assertThat(loan.get("title").asString()).isEqualTo("Sketches of the Analytical Engine");
        assertThat(loan.get("book").isNull()).isTrue();
        assertThat(loan.get("copy").isNull()).isTrue();
        assertThat(summary.get("holds").get(0).get("book").isNull()).isTrue();
        assertThat(summary.get("patron").get("name").asString()).isEqualTo("Ada Lovelace");
    }

    @Test
    void reportsTheBooksUnavailableWhenTheCatalogueIsTooSlow() {
        for (StubService catalog : List.of(catalogA, catalogB)) {
            catalog.on("GET", "/api/books/lookup", call -> {
                awaitRelease(slowCatalog);
                return Reply.json(BOOKS);
            });
        }

        JsonNode summary = summaryOf(PATRON_ID, 200);

        assertThat(summary.get("unavailable")).extracting(JsonNode::asString).containsExactly("books");
        assertThat(summary.get("loans")).hasSize(1);
        assertThat(summary.get("loans").get(0).get("book").isNull()).isTrue();
        assertThat(summary.get("holds")).hasSize(1);
    }

    @Test
    void leavesOutABookTheCatalogueNoLongerHasWithoutCallingItUnavailable() {
        for (StubService catalog : List.of(catalogA, catalogB)) {
            catalog.on("GET", "/api/books/lookup", call -> Reply.json("[]"));
        }

        JsonNode summary = summaryOf(PATRON_ID, 200);

        assertThat(summary.get("unavailable")).isEmpty();
        assertThat(summary.get("loans").get(0).get("book").isNull()).isTrue();
        assertThat(summary.get("loans").get(0).get("title").asString()).isEqualTo("Sketches of the Analytical Engine");
    }

    @Test
    void asksCirculationForThePatronsOpenLoansWithTheCallersHeaders() {
        summaryOf(PATRON_ID, 200);

        var loansCall = circulation.calls("GET", "/api/loans").getLast();
        assertThat(loansCall.query()).contains("patronId=" + PATRON_ID, "open=true", "size=100");
        assertThat(loansCall.header("Authorization")).isEqualTo("Bearer " + DESK);
        assertThat(loansCall.header("X-Request-Id")).isEqualTo("summary-test");
        var patronCall = patrons.calls("GET", "/api/patrons/" + PATRON_ID).getLast();
        assertThat(patronCall.header("Authorization")).isEqualTo("Bearer " + DESK);
        assertThat(patronCall.header("X-Request-Id")).isEqualTo("summary-test");
    }

    @Test
    void reportsTheLoansUnavailableWhenCirculationIsDown() {
        circulation.stop();

        JsonNode summary = summaryOf(PATRON_ID, 200);

        assertThat(summary.get("patron").get("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(summary.get("loans").isNull()).isTrue();
        assertThat(summary.get("holds").isNull()).isTrue();
        assertThat(summary.get("unavailable")).extracting(JsonNode::asString).containsExactly("loans", "holds");
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

    @Test
    void givesAPatronTheirOwnSummaryWithTheirTokenPassedOn() {
        String token = TestTokens.patron(PATRON_ID);

        JsonNode summary = gateway.get().uri("/api/patrons/{id}/summary", PATRON_ID)
                .header("Authorization", "Bearer " + token)
                .exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(summary.get("patron").get("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(patrons.calls("GET", "/api/patrons/" + PATRON_ID).getLast().header("Authorization"))
                .isEqualTo("Bearer " + token);
        assertThat(circulation.calls("GET", "/api/loans").getLast().header("Authorization"))
                .isEqualTo("Bearer " + token);
    }

    @Test
    void refusesAPatronAnotherPatronsSummaryWith403WithoutAskingAnyService() {
        int patronCallsBefore = patrons.calls("GET", "/api/patrons/" + PATRON_ID).size();

        gateway.get().uri("/api/patrons/{id}/summary", PATRON_ID)
                .header("Authorization", "Bearer " + TestTokens.patron(OTHER_PATRON_ID))
                .exchange()
                .expectStatus().isForbidden()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:shelfwise:problem:forbidden")
                .jsonPath("$.status").isEqualTo(403);

        assertThat(patrons.calls("GET", "/api/patrons/" + PATRON_ID)).hasSize(patronCallsBefore);
    }

    @Test
    void servesMeSummaryForThePatronTheTokenBelongsTo() {
        JsonNode summary = gateway.get().uri("/api/patrons/me/summary")
                .header("Authorization", "Bearer " + TestTokens.patron(PATRON_ID))
                .exchange()
                .expectStatus().isOk()
                .expectBody(JsonNode.class).returnResult().getResponseBody();

        assertThat(summary.get("patron").get("id").asString()).isEqualTo(PATRON_ID.toString());
        assertThat(summary.get("loans")).hasSize(1);
        assertThat(circulation.calls("GET", "/api/loans").getLast().query()).contains("patronId=" + PATRON_ID);
    }

    @Test
    void answersMeSummaryForAStaffTokenWith404() {
        gateway.get().uri("/api/patrons/me/summary")
                .exchange()
                .expectStatus().isNotFound()
                .expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON)
                .expectBody()
                .jsonPath("$.type").isEqualTo("urn:shelfwise:problem:not-found")
                .jsonPath("$.detail").value(detail -> assertThat(detail.toString()).contains("not a patron's"));
    }

    @Test
    void refusesBothSummariesWithoutATokenWith401() {
        for (String path : new String[] {"/api/patrons/" + PATRON_ID + "/summary", "/api/patrons/me/summary"}) {
            anonymous.get().uri(path).exchange()
                    .expectStatus().isUnauthorized()
                    .expectHeader().valueEquals("WWW-Authenticate", "Bearer")
                    .expectBody().jsonPath("$.type").isEqualTo("urn:shelfwise:problem:unauthenticated");
        }
    }

    private JsonNode summaryOf(UUID patronId, int status) {
        var response = gateway.get().uri("/api/patrons/{id}/summary", patronId)
                .header("Authorization", "Bearer " + DESK)
                .header("X-Request-Id", "summary-test")
                .exchange()
                .expectStatus().isEqualTo(status)
                .expectHeader().valueEquals("X-Request-Id", "summary-test");
        if (status != 200) {
            response.expectHeader().contentType(MediaType.APPLICATION_PROBLEM_JSON);
        }
        return response.expectBody(JsonNode.class).returnResult().getResponseBody();
    }

    private static List<StubService.Call> lookups() {
        var calls = new ArrayList<>(catalogA.calls("GET", "/api/books/lookup"));
        calls.addAll(catalogB.calls("GET", "/api/books/lookup"));
        return calls;
    }

    private static void awaitRelease(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
