package org.shelfwise.circulation.fines;

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
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class FinesIT {

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FineDesk fines;

    HttpJson http;
    Events events;

    @BeforeEach
    void setUp() {
        http = new HttpJson(port, TestTokens.librarian());
        events = new Events(kafka);
    }

    /** A patron of {@code category} with one copy on loan, due {@code daysAgo} days ago; returns {patronId, card, item}. */
    String[] lateLoan(String category, int daysAgo) {
        var patron = UUID.randomUUID();
        String card = "F" + patron.toString().substring(0, 8);
        events.send(Topics.PATRONS, UUID.randomUUID(), "PatronRegistered", patron, """
                {"patronId":"%s","barcode":"%s","name":"Late","category":"%s","cardExpiresOn":"2099-01-01","status":"ACTIVE","blockedReason":null}"""
                .formatted(patron, card, category));
        String item = "FI" + UUID.randomUUID().toString().substring(0, 8);
        events.copyAdded(UUID.randomUUID(), UUID.randomUUID(), item, UUID.randomUUID(), "Hard Times");
        Replicas.awaitItem(jdbc, item);
        Replicas.awaitBorrower(jdbc, card);
        assertThat(http.post("/api/checkouts", "{\"itemBarcode\":\"%s\",\"patronBarcode\":\"%s\"}".formatted(item, card)).status())
                .isEqualTo(201);
        jdbc.sql("update loan set due_date = current_date - ? where item_barcode = ?").params(daysAgo, item).update();
        return new String[] {patron.toString(), card, item};
    }

    @Test
    void accruesFinesByThePolicyOnceADayAndFinalisesThemOnReturn() {
        var late = lateLoan("adult", 10);
        var withinGrace = lateLoan("adult", 2);
        fines.accrue();
        fines.accrue();

        var account = http.get("/api/fines?patronId=" + late[0]).body();
        // standard policy: 0.25 a day after 2 days' grace, counted from the due date
        assertThat(account.get("fines").size()).isEqualTo(1);
        assertThat(account.get("fines").get(0).get("amount").decimalValue()).isEqualByComparingTo("2.50");
        assertThat(account.get("balance").decimalValue()).isEqualByComparingTo("2.50");
        assertThat(http.get("/api/fines?patronId=" + withinGrace[0]).body().get("fines").size()).isZero();

        jdbc.sql("update loan set due_date = current_date - 100 where item_barcode = ?").param(late[2]).update();
        var checkedIn = http.post("/api/checkins", "{\"itemBarcode\":\"" + late[2] + "\"}");
        assertThat(checkedIn.status()).isEqualTo(200);
        assertThat(checkedIn.body().get("fine").get("amount").decimalValue()).as("the desk sees the fine charged")
                .isEqualByComparingTo("10.00");
        var fine = http.get("/api/fines?patronId=" + late[0]).body().get("fines").get(0);
        assertThat(fine.get("amount").decimalValue()).as("capped by the policy").isEqualByComparingTo("10.00");
        assertThat(fine.get("finalAmount").asBoolean()).isTrue();
    }

    @Test
    void recordsPartialPaymentsAndWaiversWithReasonsButNeverMoreThanIsOwed() {
        var late = lateLoan("adult", 10);
        fines.accrue();
        String id = http.get("/api/fines?patronId=" + late[0]).body().get("fines").get(0).get("id").asString();
        String path = "/api/fines/" + id + "/settlements";

        assertThat(http.post(path, "{\"kind\":\"PAYMENT\",\"amount\":1.00}").body().get("paid").decimalValue())
                .isEqualByComparingTo("1.00");
        var tooMuch = http.post(path, "{\"kind\":\"PAYMENT\",\"amount\":5.00}");
        assertThat(tooMuch.status()).isEqualTo(409);
        assertThat(tooMuch.body().get("errors").get(0).get("field").asString()).isEqualTo("amount");
        assertThat(http.post(path, "{\"kind\":\"WAIVER\",\"amount\":1.50}").status()).isEqualTo(400);
        assertThat(http.post(path, "{\"kind\":\"PAYMENT\",\"amount\":-1}").status()).isEqualTo(400);
        assertThat(http.post(path, "{\"kind\":\"WAIVER\",\"amount\":1.50,\"reason\":\"First offence\"}").status()).isEqualTo(200);
        assertThat(http.get("/api/fines?patronId=" + late[0]).body().get("balance").decimalValue()).isEqualByComparingTo("0");
    }

    @Test
    void refusesLoansAndRenewalsToAPatronOwingMoreThanTheirCategoryAllows() {
        events.send(Topics.PATRON_CATEGORIES, UUID.randomUUID(), "CategoryChanged", UUID.randomUUID(), """
                {"code":"frugal","name":"Frugal","maxOpenLoans":5,"maxHolds":5,"maxFineBalance":1.00,"cardValidityMonths":12}""");
        await().atMost(Duration.ofSeconds(20)).until(() ->
                jdbc.sql("select count(*) from patron_category where code = 'frugal'").query(Long.class).single() == 1);
        var late = lateLoan("frugal", 10);
        fines.accrue();

        String another = "FX" + UUID.randomUUID().toString().substring(0, 8);
        events.copyAdded(UUID.randomUUID(), UUID.randomUUID(), another, UUID.randomUUID(), "Little Dorrit");
        Replicas.awaitItem(jdbc, another);
        var refused = http.post("/api/checkouts", "{\"itemBarcode\":\"%s\",\"patronBarcode\":\"%s\"}".formatted(another, late[1]));
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:fines-over-limit");
        String loanId = jdbc.sql("select id from loan where item_barcode = ?").param(late[2]).query(String.class).single();
        assertThat(http.post("/api/loans/" + loanId + "/renewal", "").body().get("type").asString())
                .isEqualTo("urn:shelfwise:problem:fines-over-limit");
    }
}
