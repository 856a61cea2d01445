package org.shelfwise.patrons;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.testing.HttpJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input to patrons is refused with a problem detail naming the field and the rule, and changes nothing: NULs
 * in sign-in and searches (which PostgreSQL refuses with a 500), amounts the column cannot hold, wrong types.
 */
@PatronsIntegrationTest
class InputRulesIT {

    static final String CATEGORY = """
            {"name":"Input rules","maxOpenLoans":5,"maxHolds":2,"maxFineBalance":10.00,"cardValidityMonths":12}""";

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    HttpJson api;
    HttpJson desk;

    @BeforeEach
    void api() {
        api = new HttpJson(port);
        desk = api.signedInAs("admin", PatronsIntegrationTest.ADMIN_PASSWORD);
    }

    private static JsonNode onlyError(HttpJson.Response response) {
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.contentType()).isEqualTo("application/problem+json");
        assertThat(response.body().get("errors")).hasSize(1);
        return response.body().get("errors").get(0);
    }

    @Test
    void refusesANulInSignInAsInvalidNotAsAnError() {
        var error = onlyError(api.post("/api/auth/token", "{\"username\":\"a\\u0000\",\"password\":\"x\"}"));
        assertThat(error.get("field").asString()).isEqualTo("username");
        assertThat(error.get("rule").asString()).isEqualTo("NoControlCharacters");
    }

    @Test
    void refusesANulOrInvalidUtf8InASearch() {
        for (String bad : List.of("%00", "%C0%AF", "%FF", "%E2%82")) {
            var error = onlyError(desk.get("/api/patrons?q=" + bad));
            assertThat(error.get("field").asString()).isEqualTo("q");
        }
    }

    @Test
    void refusesAFineBalanceTheColumnCannotHold() {
        assertThat(desk.put("/api/patron-categories/input-rules", CATEGORY, desk.accessToken()).status()).isEqualTo(200);
        for (String amount : List.of("2147483647", "1e308", "0.001")) {
            var error = onlyError(desk.put("/api/patron-categories/input-rules",
                    CATEGORY.replace("10.00", amount), desk.accessToken()));
            assertThat(error.get("field").asString()).isEqualTo("maxFineBalance");
        }
        assertThat(desk.get("/api/patron-categories/input-rules").body().get("maxFineBalance").decimalValue())
                .isEqualByComparingTo("10.00");
    }

    @Test
    void refusesAPatronWhoseNameIsNotOneLineOfText() {
        var wrongType = onlyError(desk.post("/api/patrons", "{\"name\":true,\"email\":\"t@example.org\"}"));
        assertThat(wrongType.get("field").asString()).isEqualTo("name");
        assertThat(wrongType.get("message").asString()).doesNotContain("java.", "JsonToken");
        var lineBreak = onlyError(desk.post("/api/patrons", "{\"name\":\"Ada\\r\\nLovelace\",\"email\":\"t@example.org\"}"));
        assertThat(lineBreak.get("rule").asString()).isEqualTo("SingleLine");
        assertThat(desk.get("/api/patrons?q=t@example.org").body().get("page").get("totalElements").asLong()).isZero();
    }
}
