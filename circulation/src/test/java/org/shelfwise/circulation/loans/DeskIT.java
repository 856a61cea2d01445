package org.shelfwise.circulation.loans;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfwise.circulation.Events;
import org.shelfwise.circulation.Replicas;
import org.shelfwise.circulation.Topics;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class DeskIT {

    static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcClient jdbc;

    HttpJson http;
    Events events;
    String patronBarcode;
    UUID patronId;

    @BeforeEach
    void aRegisteredPatron() {
        http = new HttpJson(port, TestTokens.librarian());
        events = new Events(kafka);
        patronId = UUID.randomUUID();
        patronBarcode = "P" + patronId.toString().substring(0, 8);
        events.patronRegistered(patronId, patronBarcode, "Ada Lovelace");
    }

    /** Adds a copy through catalog's event and waits until the desk can lend it. */
    String borrowableCopy(String title) {
        String barcode = "I" + UUID.randomUUID().toString().substring(0, 8);
        events.copyAdded(UUID.randomUUID(), UUID.randomUUID(), barcode, UUID.randomUUID(), title);
        Replicas.awaitItem(jdbc, barcode);
        Replicas.awaitBorrower(jdbc, patronBarcode);
        return barcode;
    }

    String checkOutBody(String item, String patron) {
        return "{\"itemBarcode\":\"" + item + "\",\"patronBarcode\":\"" + patron + "\"}";
    }

    @Test
    void lendsACopyOnceAndTakesItBack() {
        String item = borrowableCopy("Middlemarch");
        var loan = http.post("/api/checkouts", checkOutBody(item, patronBarcode));
        assertThat(loan.status()).isEqualTo(201);
        assertThat(loan.body().get("title").asString()).isEqualTo("Middlemarch");
        assertThat(loan.body().get("patronId").asString()).isEqualTo(patronId.toString());
        assertThat(LocalDate.parse(loan.body().get("dueDate").asString()))
                .isEqualTo(LocalDate.now(ZoneOffset.UTC).plusDays(21));

        var second = http.post("/api/checkouts", checkOutBody(item, patronBarcode));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:copy-not-available");
        assertThat(second.body().get("errors").get(0).get("field").asString()).isEqualTo("itemBarcode");

        var open = http.get("/api/loans?patronId=" + patronId + "&open=true");
        assertThat(open.body().get("content").size()).isEqualTo(1);

        var returned = http.post("/api/checkins", "{\"itemBarcode\":\"" + item + "\"}");
        assertThat(returned.status()).isEqualTo(200);
        assertThat(returned.body().get("returnedAt").isNull()).isFalse();
        assertThat(http.post("/api/checkins", "{\"itemBarcode\":\"" + item + "\"}").status()).isEqualTo(409);
        assertThat(http.get("/api/loans?patronId=" + patronId + "&open=true").body().get("content").size()).isZero();
        assertThat(http.post("/api/checkouts", checkOutBody(item, patronBarcode)).status()).isEqualTo(201);
    }

    @Test
    void refusesABlockedPatronAndAnExpiredCardWithTheirReasons() {
        String item = borrowableCopy("Villette");
        events.patron("PatronUpdated", patronId, patronBarcode, "Ada Lovelace", "2099-12-31", "Unpaid fines");
        await().atMost(Duration.ofSeconds(20)).until(() -> "BLOCKED".equals(jdbc.sql(
                "select status from borrower where patron_id = ?").param(patronId).query(String.class).single()));
        var blocked = http.post("/api/checkouts", checkOutBody(item, patronBarcode));
        assertThat(blocked.status()).isEqualTo(409);
        assertThat(blocked.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:patron-blocked");
        assertThat(blocked.body().get("detail").asString()).contains("Unpaid fines");

        events.patron("PatronUpdated", patronId, patronBarcode, "Ada Lovelace", "2020-01-31", null);
        await().atMost(Duration.ofSeconds(20)).until(() -> "ACTIVE".equals(jdbc.sql(
                "select status from borrower where patron_id = ?").param(patronId).query(String.class).single()));
        var expired = http.post("/api/checkouts", checkOutBody(item, patronBarcode));
        assertThat(expired.status()).isEqualTo(409);
        assertThat(expired.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:card-expired");
        assertThat(jdbc.sql("select count(*) from loan where item_barcode = ?").param(item).query(Long.class).single()).isZero();
    }

    @Test
    void lendsAPatronOneLoanBelowTheLimitExactlyOneOfTenCopiesCheckedOutAtOnce() throws Exception {
        String admin = TestTokens.admin();
        assertThat(http.put("/api/policies/three", """
                {"name":"Three loans","loanPeriodDays":14,"renewalsAllowed":1,"maxOpenLoans":3,"maxHolds":1,
                 "finePerDay":0.10,"graceDays":0,"maxFine":5.00,"pickupDays":7}""", admin).status()).isEqualTo(200);
        assertThat(http.put("/api/policy-rules", "{\"patronCategory\":\"limited\",\"policyId\":\"three\"}", admin)
                .status()).isEqualTo(200);
        for (int round = 0; round < 5; round++) {
            UUID patron = UUID.randomUUID();
            String card = "L" + patron.toString().substring(0, 8);
            events.send(org.shelfwise.circulation.Topics.PATRONS, UUID.randomUUID(), "PatronRegistered", patron, """
                    {"patronId":"%s","barcode":"%s","name":"Limited","category":"limited","cardExpiresOn":"2099-01-01","status":"ACTIVE","blockedReason":null}"""
                    .formatted(patron, card));
            List<String> copies = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                copies.add(borrowableCopy("Limit " + round + "." + i));
            }
            Replicas.awaitBorrower(jdbc, card);
            assertThat(http.post("/api/checkouts", checkOutBody(copies.get(0), card)).status()).isEqualTo(201);
            assertThat(http.post("/api/checkouts", checkOutBody(copies.get(1), card)).status()).isEqualTo(201);

            var start = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            try (var pool = Executors.newFixedThreadPool(10)) {
                for (String copy : copies.subList(2, 12)) {
                    statuses.add(pool.submit(() -> {
                        start.await();
                        return http.post("/api/checkouts", checkOutBody(copy, card)).status();
                    }));
                }
                start.countDown();
                List<Integer> results = new ArrayList<>();
                for (var status : statuses) {
                    results.add(status.get());
                }
                assertThat(results).as("round %d", round).containsOnly(201, 409);
                assertThat(results.stream().filter(s -> s == 201)).as("round %d", round).hasSize(1);
            }
            assertThat(jdbc.sql("select count(*) from loan where patron_barcode = ? and returned_at is null").param(card)
                    .query(Long.class).single()).isEqualTo(3);
            var refused = http.post("/api/checkouts", checkOutBody(copies.get(11), card));
            assertThat(refused.body().get("type").asString()).isIn("urn:shelfwise:problem:loan-limit-reached",
                    "urn:shelfwise:problem:copy-not-available");
        }
    }

    @Test
    void renewsUntilThePolicyAllowsNoMoreAndMovesDueDatesPastClosedDays() {
        String item = borrowableCopy("Bleak House");
        var loan = http.post("/api/checkouts", checkOutBody(item, patronBarcode)).body();
        LocalDate due = LocalDate.parse(loan.get("dueDate").asString());
        // the library is closed on the day the first renewal would fall due
        assertThat(http.put("/api/calendar/closed-days/*/" + due.plusDays(21), "{\"reason\":\"Inventory\"}",
                TestTokens.admin()).status()).isEqualTo(200);
        String renewal = "/api/loans/" + loan.get("id").asString() + "/renewal";

        var first = http.post(renewal, "");
        assertThat(first.status()).isEqualTo(200);
        assertThat(LocalDate.parse(first.body().get("dueDate").asString())).isEqualTo(due.plusDays(22));
        assertThat(first.body().get("renewals").asInt()).isEqualTo(1);
        assertThat(http.post(renewal, "").status()).isEqualTo(200);
        assertThat(http.post(renewal, "").status()).isEqualTo(200);
        var fourth = http.post(renewal, "");
        assertThat(fourth.status()).isEqualTo(409);
        assertThat(fourth.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:renewal-limit-reached");

        http.post("/api/checkins", "{\"itemBarcode\":\"" + item + "\"}");
        assertThat(http.post(renewal, "").body().get("type").asString()).isEqualTo("urn:shelfwise:problem:not-on-loan");
        assertThat(http.post("/api/loans/" + UUID.randomUUID() + "/renewal", "").status()).isEqualTo(404);
    }

    @Test
    void leavesOneConsistentLoanWhenACheckInRacesARenewal() throws Exception {
        for (int round = 0; round < 10; round++) {
            String item = borrowableCopy("Race renew " + round);
            String loanId = http.post("/api/checkouts", checkOutBody(item, patronBarcode)).body().get("id").asString();
            var start = new CountDownLatch(1);
            try (var pool = Executors.newFixedThreadPool(2)) {
                var renewal = pool.submit(() -> {
                    start.await();
                    return http.post("/api/loans/" + loanId + "/renewal", "").status();
                });
                var checkIn = pool.submit(() -> {
                    start.await();
                    return http.post("/api/checkins", "{\"itemBarcode\":\"" + item + "\"}").status();
                });
                start.countDown();
                assertThat(checkIn.get()).isEqualTo(200);
                assertThat(renewal.get()).isIn(200, 409);
            }
            var stored = http.get("/api/loans/" + loanId).body();
            assertThat(stored.get("returnedAt").isNull()).as("round %d", round).isFalse();
            assertThat(jdbc.sql("select count(*) from loan where item_barcode = ? and returned_at is null").param(item)
                    .query(Long.class).single()).isZero();
        }
    }

    @Test
    void marksALoanOverdueOnceHoweverOftenTheJobRuns(@Autowired OverdueLoans overdue) {
        String item = borrowableCopy("Our Mutual Friend");
        http.post("/api/checkouts", checkOutBody(item, patronBarcode));
        jdbc.sql("update loan set due_date = current_date - 1 where item_barcode = ?").param(item).update();
        assertThat(overdue.markOverdue()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.sql("select overdue_since is not null from loan where item_barcode = ?").param(item)
                .query(Boolean.class).single()).isTrue();
        assertThat(overdue.markOverdue()).isZero();
    }

    @Test
    void letsALibrarianOverrideARefusalWithAReasonThatIsRecorded() {
        String item = borrowableCopy("Hard Cash");
        events.patron("PatronUpdated", patronId, patronBarcode, "Ada Lovelace", "2099-12-31", "Lost card");
        await().atMost(Duration.ofSeconds(20)).until(() -> "BLOCKED".equals(jdbc.sql(
                "select status from borrower where patron_id = ?").param(patronId).query(String.class).single()));
        String overriding = "{\"itemBarcode\":\"%s\",\"patronBarcode\":\"%s\",\"override\":{\"reason\":\"New card issued today\"}}"
                .formatted(item, patronBarcode);

        assertThat(http.post("/api/checkouts", overriding, null).status()).isEqualTo(401);
        assertThat(http.post("/api/checkouts", overriding, TestTokens.withRoles("PATRON")).status()).isEqualTo(403);
        assertThat(http.post("/api/checkouts", overriding.replace("New card issued today", " "),
                TestTokens.withRoles("LIBRARIAN")).body().get("errors").get(0).get("field").asString()).isEqualTo("override.reason");
        var lent = http.post("/api/checkouts", overriding, TestTokens.withRoles("LIBRARIAN"));
        assertThat(lent.status()).isEqualTo(201);
        assertThat(jdbc.sql("select refusal || ': ' || note from loan_override where loan_id = ?::uuid")
                .param(lent.body().get("id").asString()).query(String.class).list())
                .containsExactly("patron-blocked: New card issued today");

        var stillOnLoan = http.post("/api/checkouts", overriding, TestTokens.withRoles("LIBRARIAN"));
        assertThat(stillOnLoan.status()).as("a copy on loan cannot be lent twice, override or not").isEqualTo(409);
    }

    @Test
    void publishesCheckOutAndCheckInThroughTheOutbox(@Autowired ConsumerFactory<String, String> consumers) {
        String item = borrowableCopy("Emma");
        var loan = http.post("/api/checkouts", checkOutBody(item, patronBarcode)).body();
        http.post("/api/checkins", "{\"itemBarcode\":\"" + item + "\"}");
        await().atMost(Duration.ofSeconds(10)).until(() ->
                jdbc.sql("select count(*) from outbox").query(Long.class).single() == 0);

        // what reached the broker: the topic read from the start by a consumer of its own, this copy's events kept
        String copyId = loan.get("copyId").asString();
        List<ConsumerRecord<String, String>> published = new ArrayList<>();
        try (var consumer = consumers.createConsumer("desk-it-" + UUID.randomUUID(), null)) {
            consumer.subscribe(List.of(Topics.LOANS));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(event -> {
                    if (copyId.equals(event.key())) {
                        published.add(event);
                    }
                });
                return published.size() >= 2;
            });
        }
        var envelopes = published.stream().map(event -> JSON.readTree(event.value())).toList();
        assertThat(envelopes).extracting(envelope -> envelope.get("type").asString())
                .containsExactly("ItemCheckedOut", "ItemCheckedIn");
        assertThat(envelopes).allSatisfy(envelope -> {
            assertThat(envelope.get("aggregateId").asString()).isEqualTo(copyId);
            assertThat(envelope.get("payload").get("loanId").asString()).isEqualTo(loan.get("id").asString());
            assertThat(envelope.get("payload").get("itemBarcode").asString()).isEqualTo(item);
            assertThat(envelope.get("payload").get("patronId").asString()).isEqualTo(patronId.toString());
        });
        assertThat(envelopes.get(0).get("payload").get("dueDate").asString()).isEqualTo(loan.get("dueDate").asString());
        assertThat(envelopes.get(1).get("payload").get("returnedAt").isNull()).isFalse();
    }

    @Test
    void refusesUnknownBarcodesNamingTheField() {
        String item = borrowableCopy("Persuasion");
        var unknownItem = http.post("/api/checkouts", checkOutBody("NOPE-1", patronBarcode));
        assertThat(unknownItem.status()).isEqualTo(422);
        assertThat(unknownItem.body().get("errors").get(0).get("field").asString()).isEqualTo("itemBarcode");
        var unknownPatron = http.post("/api/checkouts", checkOutBody(item, "NOPE-2"));
        assertThat(unknownPatron.status()).isEqualTo(422);
        assertThat(unknownPatron.body().get("errors").get(0).get("field").asString()).isEqualTo("patronBarcode");
        var unknownCheckIn = http.post("/api/checkins", "{\"itemBarcode\":\"NOPE-3\"}");
        assertThat(unknownCheckIn.status()).isEqualTo(422);
        assertThat(jdbc.sql("select count(*) from loan where item_barcode = ?").param(item).query(Long.class).single()).isZero();
    }

    @Test
    void rejectsMalformedRequestsAndChangesNothing() {
        long before = jdbc.sql("select count(*) from loan").query(Long.class).single();
        assertThat(http.post("/api/checkouts", "{\"itemBarcode\":\"X\"}").body().get("errors").get(0).get("field").asString())
                .isEqualTo("patronBarcode");
        assertThat(http.post("/api/checkouts", "{\"itemBarcode\":[1],\"patronBarcode\":\"P\"}").body().get("errors").get(0).get("field").asString())
                .isEqualTo("itemBarcode");
        assertThat(http.post("/api/checkouts", "{oops").status()).isEqualTo(400);
        assertThat(http.post("/api/checkins", "").status()).isEqualTo(400);
        assertThat(http.get("/api/loans?patronId=nope").body().get("errors").get(0).get("field").asString()).isEqualTo("patronId");
        assertThat(http.get("/api/loans").body().get("errors").get(0).get("field").asString()).isEqualTo("patronId");
        assertThat(jdbc.sql("select count(*) from loan").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void lendsACopyToExactlyOneOfManyDesksCheckingItOutAtOnce() throws Exception {
        int desks = 8;
        try (var pool = Executors.newFixedThreadPool(desks)) {
            for (int round = 0; round < 10; round++) {
                String item = borrowableCopy("Race " + round);
                var start = new CountDownLatch(1);
                List<Future<Integer>> statuses = new ArrayList<>();
                for (int d = 0; d < desks; d++) {
                    statuses.add(pool.submit(() -> {
                        start.await();
                        return http.post("/api/checkouts", checkOutBody(item, patronBarcode)).status();
                    }));
                }
                start.countDown();
                List<Integer> results = new ArrayList<>();
                for (var status : statuses) {
                    results.add(status.get());
                }
                assertThat(results).as("round %d", round).containsOnly(201, 409);
                assertThat(results.stream().filter(s -> s == 201)).as("round %d", round).hasSize(1);
                assertThat(jdbc.sql("select count(*) from loan where item_barcode = ?").param(item).query(Long.class).single())
                        .isEqualTo(1);
            }
        }
    }
}
