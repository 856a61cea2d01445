package org.shelfwise.circulation.policies;

import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class PoliciesIT {

    static final String POLICY = """
            {"name":"Short loan","loanPeriodDays":7,"renewalsAllowed":1,"maxOpenLoans":5,"maxHolds":2,
             "finePerDay":0.50,"graceDays":0,"maxFine":5.00,"pickupDays":5}""";

    @LocalServerPort
    int port;
    @Autowired
    Policies policies;
    @Autowired
    JdbcClient jdbc;

    @Test
    void letsOnlyAnAdministratorChangePolicies() {
        var http = new HttpJson(port);
        assertThat(http.put("/api/policies/short", POLICY, null).status()).isEqualTo(401);
        var librarian = http.put("/api/policies/short", POLICY, TestTokens.withRoles("LIBRARIAN"));
        assertThat(librarian.status()).isEqualTo(403);
        assertThat(librarian.contentType()).isEqualTo("application/problem+json");

        assertThat(http.put("/api/policies/short", POLICY, TestTokens.withRoles("ADMIN")).status()).isEqualTo(200);
        assertThat(http.get("/api/policies/short").body().get("loanPeriodDays").asInt()).isEqualTo(7);
        var invalid = http.put("/api/policies/short", POLICY.replace("\"loanPeriodDays\":7", "\"loanPeriodDays\":0"),
                TestTokens.withRoles("ADMIN"));
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().get("errors").get(0).get("field").asString()).isEqualTo("loanPeriodDays");
        var unknownPolicy = http.put("/api/policy-rules", "{\"patronCategory\":\"child\",\"policyId\":\"nope\"}",
                TestTokens.withRoles("ADMIN"));
        assertThat(unknownPolicy.status()).isEqualTo(422);
    }

    @Test
    void movesDueDatesPastClosedDaysAndWeeklyClosingsThatAnAdministratorSets(@Autowired org.shelfwise.circulation.calendar.LibraryCalendar calendar) {
        var http = new HttpJson(port);
        String admin = TestTokens.withRoles("ADMIN");
        var monday = java.time.LocalDate.of(2031, 3, 3);
        // read (and kept) before the changes: the instance that makes a change forgets what it kept
        assertThat(calendar.nextOpenDay("east", monday)).isEqualTo(monday);
        assertThat(calendar.nextOpenDay("west", monday.plusDays(2))).isEqualTo(monday.plusDays(2));
        assertThat(http.put("/api/calendar/weekly-closings", "{\"branch\":\"east\",\"weekday\":1}", null).status()).isEqualTo(401);
        assertThat(http.put("/api/calendar/weekly-closings", "{\"branch\":\"east\",\"weekday\":1}", admin).status()).isEqualTo(200);
        assertThat(http.put("/api/calendar/weekly-closings", "{\"branch\":\"east\",\"weekday\":8}", admin).status()).isEqualTo(400);
        assertThat(http.put("/api/calendar/closed-days/east/2031-03-04", "{\"reason\":\"Stocktake\"}", admin).status()).isEqualTo(200);
        assertThat(http.put("/api/calendar/closed-days/*/2031-03-05", "{\"reason\":\"Holiday\"}", admin).status()).isEqualTo(200);

        assertThat(calendar.nextOpenDay("east", monday)).isEqualTo(monday.plusDays(3));
        assertThat(calendar.nextOpenDay("west", monday)).isEqualTo(monday);
        assertThat(calendar.nextOpenDay("west", monday.plusDays(2))).isEqualTo(monday.plusDays(3));
        assertThat(http.get("/api/calendar/closed-days?from=2031-03-01").body().size()).isEqualTo(2);
    }

    @Test
    void picksThePolicyOfTheMostSpecificMatchingRule() {
        var http = new HttpJson(port);
        String admin = TestTokens.withRoles("ADMIN");
        for (String id : new String[] {"p-category", "p-type", "p-category-type", "p-branch"}) {
            http.put("/api/policies/" + id, POLICY.replace("Short loan", id), admin);
        }
        assertThat(policies.applicableTo("student", "dvd", "north").id()).isEqualTo("standard");
        http.put("/api/policy-rules", "{\"patronCategory\":\"student\",\"policyId\":\"p-category\"}", admin);
        http.put("/api/policy-rules", "{\"itemType\":\"dvd\",\"policyId\":\"p-type\"}", admin);
        http.put("/api/policy-rules", "{\"patronCategory\":\"student\",\"itemType\":\"dvd\",\"policyId\":\"p-category-type\"}", admin);
        http.put("/api/policy-rules", "{\"branch\":\"north\",\"policyId\":\"p-branch\"}", admin);

        assertThat(policies.applicableTo("student", "dvd", "north").id()).isEqualTo("p-category-type");
        assertThat(policies.applicableTo("student", "book", "north").id()).isEqualTo("p-category");
        assertThat(policies.applicableTo("adult", "dvd", "north").id()).isEqualTo("p-type");
        assertThat(policies.applicableTo("adult", "book", "north").id()).isEqualTo("p-branch");
        assertThat(policies.applicableTo("adult", "book", "south").id()).isEqualTo("standard");
        assertThat(policies.applicableTo("adult", null, null).id()).isEqualTo("standard");
    }

    @Test
    void appliesAChangeMadeElsewhereWithinTheReferenceDataTimeToLive() {
        var http = new HttpJson(port);
        http.put("/api/policies/elsewhere", POLICY.replace("Short loan", "Elsewhere"), TestTokens.withRoles("ADMIN"));
        http.put("/api/policy-rules", "{\"patronCategory\":\"visitor\",\"policyId\":\"elsewhere\"}", TestTokens.withRoles("ADMIN"));
        assertThat(policies.applicableTo("visitor", null, null).loanPeriodDays()).isEqualTo(7);

        // as another instance would change it: this one's cache hears nothing of it
        jdbc.sql("update loan_policy set loan_period_days = 9 where id = 'elsewhere'").update();
        assertThat(policies.applicableTo("visitor", null, null).loanPeriodDays()).as("kept for a while").isEqualTo(7);
        assertThat(http.get("/api/policies/elsewhere").body().get("loanPeriodDays").asInt())
                .as("the API reads what is stored: an administrator reads back a change made through any instance").isEqualTo(9);
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(policies.applicableTo("visitor", null, null).loanPeriodDays()).isEqualTo(9));

        // a policy created through another instance, named by a loan made there, is found here at once
        jdbc.sql("insert into loan_policy values ('newer', 'Newer', 3, 0, 1, 0, 0.10, 0, 1.00, 2)").update();
        assertThat(policies.findKept("newer")).get().extracting(LoanPolicy::loanPeriodDays).isEqualTo(3);
    }

    @Test
    void keepsAPolicysNoticeSettingsAndRefusesBadOnesNamingTheField() {
        var http = new HttpJson(port);
        String admin = TestTokens.withRoles("ADMIN");
        String withNotices = POLICY.replace("\"pickupDays\":5", "\"pickupDays\":5,\"dueSoonDays\":2,\"overdueNoticeDays\":[2,10]");
        assertThat(http.put("/api/policies/noticed", withNotices, admin).status()).isEqualTo(200);
        var kept = http.get("/api/policies/noticed").body();
        assertThat(kept.get("dueSoonDays").asInt()).isEqualTo(2);
        assertThat(kept.get("overdueNoticeDays").toString()).isEqualTo("[2,10]");
        assertThat(policies.findKept("noticed").orElseThrow().overdueNoticeDays()).containsExactly(2, 10);

        for (var refused : java.util.Map.of(
                "[7,7]", "overdueNoticeDays:increasing",
                "[14,7]", "overdueNoticeDays:increasing",
                "[1,7,14,21]", "overdueNoticeDays:Size",
                "[0,7]", "overdueNoticeDays[0]:Min").entrySet()) {
            var answer = http.put("/api/policies/noticed", withNotices.replace("[2,10]", refused.getKey()), admin);
            assertThat(answer.status()).as(refused.getKey()).isEqualTo(400);
            assertThat(answer.firstError()).as(refused.getKey()).isEqualTo(refused.getValue());
        }
        var negative = http.put("/api/policies/noticed", withNotices.replace("\"dueSoonDays\":2", "\"dueSoonDays\":-1"), admin);
        assertThat(negative.firstError()).isEqualTo("dueSoonDays:Min");
        assertThat(http.get("/api/policies/noticed").body().get("overdueNoticeDays").toString())
                .as("nothing changed by a refusal").isEqualTo("[2,10]");

        // left out: the notices service's defaults; empty: no overdue notices under this policy
        assertThat(http.put("/api/policies/noticed", POLICY, admin).status()).isEqualTo(200);
        assertThat(http.get("/api/policies/noticed").body().get("overdueNoticeDays").isNull()).isTrue();
        assertThat(http.put("/api/policies/noticed", POLICY.replace("\"pickupDays\":5", "\"pickupDays\":5,\"overdueNoticeDays\":[]"),
                admin).status()).isEqualTo(200);
        assertThat(http.get("/api/policies/noticed").body().get("overdueNoticeDays").toString()).isEqualTo("[]");
    }
}
