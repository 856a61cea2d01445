package org.shelfwise.circulation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who may call what in circulation: the desk's work is the staff's, a patron sees and acts on their own loans,
 * holds and fines only, and every token the service cannot trust is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class AccessIT {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcClient jdbc;

    HttpJson anonymous;
    HttpJson desk;
    Events events;

    record Patron(UUID id, String card, HttpJson http) {
    }

    @BeforeEach
    void setUp() {
        anonymous = new HttpJson(port);
        desk = new HttpJson(port, TestTokens.librarian());
        events = new Events(kafka);
    }

    Patron patron() {
        var id = UUID.randomUUID();
        var patron = new Patron(id, "A" + id.toString().substring(0, 8), new HttpJson(port, TestTokens.patron(id)));
        events.patronRegistered(id, patron.card(), "Rosalind Franklin");
        Replicas.awaitBorrower(jdbc, patron.card());
        return patron;
    }

    /** A copy of a new book; answers the book's id and the copy's barcode. */
    String[] copy() {
        var book = UUID.randomUUID();
        String barcode = "A" + UUID.randomUUID().toString().substring(0, 8);
        events.copyAdded(UUID.randomUUID(), UUID.randomUUID(), barcode, book, "The Double Helix");
        Replicas.awaitItem(jdbc, barcode);
        return new String[]{book.toString(), barcode};
    }

    /** Lends a new copy to the patron at the desk; answers the loan's id. */
    String loanOf(Patron patron) {
        var lent = desk.post("/api/checkouts", "{\"itemBarcode\":\"%s\",\"patronBarcode\":\"%s\"}"
                .formatted(copy()[1], patron.card()));
        assertThat(lent.status()).isEqualTo(201);
        return lent.body().get("id").asString();
    }

    @Test
    void withoutATokenOnlyTheLoanRulesAndTheCalendarAreOpen() {
        var id = UUID.randomUUID();
        for (String path : new String[]{"/api/loans?patronId=" + id, "/api/loans/" + id, "/api/holds?patronId=" + id,
                "/api/fines?patronId=" + id, "/actuator/metrics"}) {
            var refused = anonymous.get(path);
            assertThat(refused.status()).as(path).isEqualTo(401);
            assertThat(refused.body().get("type").asString()).as(path).isEqualTo("urn:shelfwise:problem:unauthenticated");
        }
        assertThat(anonymous.post("/api/checkouts", "{\"itemBarcode\":\"X\",\"patronBarcode\":\"Y\"}").status()).isEqualTo(401);
        assertThat(anonymous.post("/api/checkins", "{\"itemBarcode\":\"X\"}").status()).isEqualTo(401);
        assertThat(anonymous.post("/api/holds", "{\"bookId\":\"" + id + "\"}").status()).isEqualTo(401);
        assertThat(anonymous.get("/api/policies").status()).isEqualTo(200);
        assertThat(anonymous.get("/api/calendar/closed-days").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void refusesEveryTokenItCannotTrustWith401() {
        var patron = patron();
        TestTokens.refusedTokens().forEach((kind, token) -> {
            assertThat(anonymous.get("/api/loans?patronId=" + patron.id(), token).status()).as(kind).isEqualTo(401);
            assertThat(anonymous.post("/api/checkouts", "{\"itemBarcode\":\"X\",\"patronBarcode\":\"%s\"}"
                    .formatted(patron.card()), token).status()).as(kind).isEqualTo(401);
        });
    }

    @Test
    void aPatronMayNotDoTheDesksWork() {
        var patron = patron();
        String item = copy()[1];
        var checkout = patron.http().post("/api/checkouts", "{\"itemBarcode\":\"%s\",\"patronBarcode\":\"%s\"}"
                .formatted(item, patron.card()));
        assertThat(checkout.status()).isEqualTo(403);
        assertThat(checkout.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:forbidden");
        assertThat(patron.http().post("/api/checkins", "{\"itemBarcode\":\"" + item + "\"}").status()).isEqualTo(403);
        assertThat(patron.http().post("/api/fines/" + UUID.randomUUID() + "/settlements",
                "{\"kind\":\"WAIVER\",\"amount\":1,\"reason\":\"mine\"}").status()).isEqualTo(403);
        assertThat(patron.http().put("/api/calendar/weekly-closings", "{\"branch\":\"east\",\"weekday\":1}",
                TestTokens.patron(patron.id())).status()).isEqualTo(403);
        assertThat(jdbc.sql("select count(*) from loan where item_barcode = ?").param(item).query(Long.class).single())
                .isZero();
    }

    @Test
    void aPatronSeesTheirOwnLoansHoldsAndFinesOnly() {
        var me = patron();
        var other = patron();
        String mine = loanOf(me);
        String theirs = loanOf(other);

        var loans = me.http().get("/api/loans?patronId=" + me.id());
        assertThat(loans.status()).isEqualTo(200);
        assertThat(loans.body().get("content").get(0).get("id").asString()).isEqualTo(mine);
        assertThat(me.http().get("/api/loans/" + mine).status()).isEqualTo(200);
        assertThat(me.http().get("/api/holds?patronId=" + me.id()).status()).isEqualTo(200);
        assertThat(me.http().get("/api/fines?patronId=" + me.id()).status()).isEqualTo(200);

        for (String path : new String[]{"/api/loans?patronId=" + other.id(), "/api/loans/" + theirs,
                "/api/holds?patronId=" + other.id(), "/api/fines?patronId=" + other.id()}) {
            var refused = me.http().get(path);
            assertThat(refused.status()).as(path).isEqualTo(403);
            assertThat(refused.body().get("type").asString()).as(path).isEqualTo("urn:shelfwise:problem:forbidden");
        }
        assertThat(desk.get("/api/loans?patronId=" + other.id()).status()).as("staff see anyone's").isEqualTo(200);
    }

    @Test
    void aPatronRenewsTheirOwnLoansWithoutOverridingAndNobodyElses() {
        var me = patron();
        var other = patron();
        String mine = loanOf(me);
        String theirs = loanOf(other);

        assertThat(me.http().post("/api/loans/" + theirs + "/renewal", "{}").status()).isEqualTo(403);
        assertThat(jdbc.sql("select renewals from loan where id = ?::uuid").param(theirs).query(Integer.class).single())
                .isZero();
        var overriding = me.http().post("/api/loans/" + mine + "/renewal", "{\"override\":{\"reason\":\"please\"}}");
        assertThat(overriding.status()).isEqualTo(403);
        assertThat(overriding.body().get("errors").get(0).get("field").asString()).isEqualTo("override");
        var renewed = me.http().post("/api/loans/" + mine + "/renewal", "{}");
        assertThat(renewed.status()).isEqualTo(200);
        assertThat(renewed.body().get("renewals").asInt()).isEqualTo(1);
    }

    @Test
    void aPatronPlacesAndCancelsTheirOwnHoldsOnly() {
        var me = patron();
        var other = patron();
        String book = copy()[0];

        var placed = me.http().post("/api/holds", "{\"bookId\":\"" + book + "\"}");
        assertThat(placed.status()).isEqualTo(201);
        assertThat(placed.body().get("patronId").asString()).isEqualTo(me.id().toString());
        assertThat(me.http().post("/api/holds", "{\"bookId\":\"%s\",\"patronBarcode\":\"%s\"}"
                .formatted(copy()[0], other.card())).status()).as("for someone else").isEqualTo(403);
        assertThat(me.http().post("/api/holds", "{\"bookId\":\"%s\",\"patronBarcode\":\"%s\"}"
                .formatted(copy()[0], me.card())).status()).as("naming their own card").isEqualTo(201);

        String hold = placed.body().get("id").asString();
        assertThat(other.http().delete("/api/holds/" + hold).status()).isEqualTo(403);
        var cancelled = me.http().delete("/api/holds/" + hold);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().get("status").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void staffPlacingAHoldNameThePatron() {
        var missing = desk.post("/api/holds", "{\"bookId\":\"" + copy()[0] + "\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body().get("errors").get(0).get("field").asString()).isEqualTo("patronBarcode");
        var patron = patron();
        assertThat(desk.post("/api/holds", "{\"bookId\":\"%s\",\"patronBarcode\":\"%s\"}"
                .formatted(copy()[0], patron.card())).status()).isEqualTo(201);
    }

    @Test
    void refusesABodyOverTheLimitWith413WhetherDeclaredOrStreamedAndAnswersWithSecurityHeaders() throws Exception {
        byte[] big = ("{\"itemBarcode\":\"" + "x".repeat(1_100_000) + "\",\"patronBarcode\":\"P\"}")
                .getBytes(StandardCharsets.UTF_8);
        for (var body : java.util.List.of(HttpRequest.BodyPublishers.ofByteArray(big),
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))) {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/checkouts"))
                    .header("Content-Type", "application/json").header("Authorization", "Bearer " + TestTokens.librarian())
                    .POST(body).build();
            var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).isEqualTo(413);
            assertThat(response.body()).contains("urn:shelfwise:problem:content-too-large").doesNotContain("Exception");
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        }
    }
}
