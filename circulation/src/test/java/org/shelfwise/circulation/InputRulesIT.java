package org.shelfwise.circulation;

import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.RawHttp;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input is refused with a 400-range problem detail naming the field and the rule, and changes nothing: the
 * platform's rules (strict JSON, checked query strings and content types, container errors as problems) and
 * circulation's own (amounts of money, single-line codes, no blank rule parts).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class InputRulesIT {

    static final String POLICY = """
            {"name":"Input rules","loanPeriodDays":7,"renewalsAllowed":1,"maxOpenLoans":5,"maxHolds":2,
             "finePerDay":0.50,"graceDays":0,"maxFine":5.00,"pickupDays":5}""";

    @LocalServerPort
    int port;

    private JsonNode onlyError(HttpJson.Response response) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body().get("errors")).hasSize(1);
        return response.body().get("errors").get(0);
    }

    @Test
    void refusesAmountsOfMoneyTheDatabaseCannotHoldExactly() {
        var http = new HttpJson(port, TestTokens.admin());
        assertThat(http.put("/api/policies/input-money", POLICY, null).status()).isEqualTo(401);
        assertThat(http.put("/api/policies/input-money", POLICY, TestTokens.admin()).status()).isEqualTo(200);
        for (String amount : List.of("2147483647", "1e308", "0.001", "-1", "100000000")) {
            for (String field : List.of("finePerDay", "maxFine")) {
                var error = onlyError(http.put("/api/policies/input-money",
                        POLICY.replace("\"" + field + "\":" + (field.equals("maxFine") ? "5.00" : "0.50"),
                                "\"" + field + "\":" + amount), TestTokens.admin()));
                assertThat(error.get("field").asString()).isEqualTo(field);
                assertThat(error.get("rule").asString()).isEqualTo("Money");
            }
        }
        var stored = http.get("/api/policies/input-money").body();
        assertThat(stored.get("finePerDay").decimalValue()).isEqualByComparingTo("0.50");
        assertThat(stored.get("maxFine").decimalValue()).isEqualByComparingTo("5.00");
    }

    @Test
    void refusesValuesOfTheWrongTypeRatherThanConvertingThem() {
        var http = new HttpJson(port, TestTokens.admin());
        var fraction = onlyError(http.put("/api/policies/input-types", POLICY.replace("\"loanPeriodDays\":7",
                "\"loanPeriodDays\":1.5"), TestTokens.admin()));
        assertThat(fraction.get("field").asString()).isEqualTo("loanPeriodDays");
        assertThat(fraction.get("message").asString()).startsWith("must be a whole number");
        var text = onlyError(http.put("/api/policies/input-types", POLICY.replace("\"loanPeriodDays\":7",
                "\"loanPeriodDays\":\"7\""), TestTokens.admin()));
        assertThat(text.get("rule").asString()).isEqualTo("type");
        var name = onlyError(http.put("/api/policies/input-types", POLICY.replace("\"Input rules\"", "true"),
                TestTokens.admin()));
        assertThat(name.get("field").asString()).isEqualTo("name");
        var duplicate = onlyError(http.put("/api/policies/input-types", POLICY.replace("\"maxHolds\":2",
                "\"maxHolds\":2,\"maxHolds\":3"), TestTokens.admin()));
        assertThat(duplicate.get("rule").asString()).isEqualTo("duplicate");
        assertThat(http.get("/api/policies/input-types").status()).isEqualTo(404);
    }

    @Test
    void refusesControlCharactersAndBlankCodes() {
        var http = new HttpJson(port, TestTokens.admin());
        var nul = onlyError(http.post("/api/checkins", "{\"itemBarcode\":\"a\\u0000\"}"));
        assertThat(nul.get("field").asString()).isEqualTo("itemBarcode");
        assertThat(nul.get("rule").asString()).isEqualTo("NoControlCharacters");
        var lineFeed = onlyError(http.post("/api/checkins", "{\"itemBarcode\":\"a\\nb\"}"));
        assertThat(lineFeed.get("rule").asString()).isEqualTo("SingleLine");
        var blank = onlyError(http.put("/api/policy-rules", "{\"branch\":\"  \",\"policyId\":\"standard\"}",
                TestTokens.admin()));
        assertThat(blank.get("field").asString()).isEqualTo("branch");
        var blankBranch = onlyError(http.put("/api/calendar/weekly-closings", "{\"branch\":\" \",\"weekday\":1}",
                TestTokens.admin()));
        assertThat(blankBranch.get("field").asString()).isEqualTo("branch");
    }

    @Test
    void refusesQueryStringsThatAreNotValidUtf8OrHoldControls() {
        var http = new HttpJson(port, TestTokens.librarian());
        for (String bad : List.of("%C0%AF", "%FF", "%E2%82", "%00")) {
            var error = onlyError(http.get("/api/loans?patronId=" + bad));
            assertThat(error.get("field").asString()).isEqualTo("patronId");
        }
    }

    @Test
    void refusesASingleValuedParameterGivenTwice() {
        var http = new HttpJson(port, TestTokens.librarian());
        var error = onlyError(http.get("/api/loans?patronId=" + java.util.UUID.randomUUID() + "&patronId="
                + java.util.UUID.randomUUID()));
        assertThat(error.get("field").asString()).isEqualTo("patronId");
        assertThat(error.get("rule").asString()).isEqualTo("single");
    }

    @Test
    void refusesAWildcardContentTypeWith415() {
        var raw = new RawHttp(port);
        for (String wildcard : List.of("*/*", "application/*", "text/*")) {
            var response = raw.send("POST", "/api/checkins", "{\"itemBarcode\":\"x\"}", "Content-Type: " + wildcard,
                    "Authorization: Bearer " + TestTokens.librarian());
            assertThat(response.status()).isEqualTo(415);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.json().get("detail").asString()).contains("application/json");
        }
    }

    @Test
    void answersPathsAndMethodsTheContainerRefusesWithProblemDetails() {
        var raw = new RawHttp(port);
        for (String path : List.of("/api/policies/%00", "/api/policies/a%2Fb", "/api/policies/a;b",
                "/api/policies/%2e%2e/x", "/api/policies/" + "a".repeat(100_000))) {
            var response = raw.send("GET", path, null);
            assertThat(response.status()).as(path.substring(0, Math.min(40, path.length()))).isBetween(400, 499);
            assertThat(response.contentType()).startsWith("application/problem+json");
            assertThat(response.json().get("status").asInt()).isEqualTo(response.status());
        }
        var connect = raw.send("CONNECT", "/api/policies", null);
        assertThat(connect.status()).isEqualTo(501);
        assertThat(connect.contentType()).startsWith("application/problem+json");
        for (String accept : List.of("image/png", "garbage", "*/*;q=x")) {
            var notAcceptable = raw.send("GET", "/api/policies", null, "Accept: " + accept);
            assertThat(notAcceptable.status()).as(accept).isEqualTo(406);
            assertThat(notAcceptable.contentType()).startsWith("application/problem+json");
            assertThat(notAcceptable.json().get("type").asString()).isEqualTo("urn:shelfwise:problem:not-acceptable");
        }
        // refused before the handler runs (it would have answered this empty body 400, and a full one by lending)
        var changeNotAcceptable = raw.send("POST", "/api/checkins", "{}", "Content-Type: application/json",
                "Accept: image/png", "Authorization: Bearer " + TestTokens.librarian());
        assertThat(changeNotAcceptable.status()).isEqualTo(406);
        assertThat(changeNotAcceptable.json().get("type").asString()).isEqualTo("urn:shelfwise:problem:not-acceptable");
        var unreadableType = raw.send("POST", "/api/checkins", "{}", "Content-Type: garbage",
                "Authorization: Bearer " + TestTokens.librarian());
        assertThat(unreadableType.status()).isEqualTo(415);
        assertThat(unreadableType.json().get("type").asString()).isEqualTo("urn:shelfwise:problem:unsupported-media-type");
    }
}
