package org.shelfwise.patrons.identity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.patrons.PatronsIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A kiosk's PIN check: the patron's password, checked for staff without signing the patron in, throttled. */
@PatronsIntegrationTest
class PatronPinIT {

    static final String PASSWORD = "a long patron password";

    @LocalServerPort
    int port;
    HttpJson api;
    HttpJson desk;

    @BeforeEach
    void api() {
        api = new HttpJson(port);
        desk = api.signedInAs("admin", PatronsIntegrationTest.ADMIN_PASSWORD)
                .header("X-Forwarded-For", SignInThrottleIT.anotherAddress());
    }

    record Patron(String id, String barcode) {
    }

    Patron patronWithPassword() {
        var created = desk.post("/api/patrons", "{\"name\":\"Ada Lovelace\",\"email\":\"ada.%s@example.org\",\"password\":\"%s\"}"
                .formatted(UUID.randomUUID(), PASSWORD));
        assertThat(created.status()).isEqualTo(201);
        return new Patron(created.body().get("id").asString(), created.body().get("barcode").asString());
    }

    static String check(String barcode, String password) {
        var body = JsonNodeFactory.instance.objectNode().put("cardBarcode", barcode).put("password", password);
        return body.toString();
    }

    @Test
    void answersThePatronWhosePasswordItIsAndIssuesNoToken() {
        var patron = patronWithPassword();
        var checked = desk.post("/api/patrons/password-check", check(patron.barcode(), PASSWORD));
        assertThat(checked.status()).isEqualTo(200);
        assertThat(checked.body().get("patronId").asString()).isEqualTo(patron.id());
        assertThat(checked.body().has("access_token")).isFalse();
        assertThat(checked.body().has("refresh_token")).isFalse();
    }

    @Test
    void refusesAWrongPasswordAndLocksTheAddressOutAfterFiveAsSignInDoes() {
        var patron = patronWithPassword();
        for (int i = 0; i < 4; i++) {
            var wrong = desk.post("/api/patrons/password-check", check(patron.barcode(), "wrong " + i));
            assertThat(wrong.status()).isEqualTo(401);
            assertThat(wrong.body().get("type").asString()).endsWith("invalid-credentials");
        }
        assertThat(desk.post("/api/patrons/password-check", check(patron.barcode(), "wrong 5")).status())
                .isEqualTo(423);
        // locked: even the right password is refused from this address, and sign-in shares the count
        assertThat(desk.post("/api/patrons/password-check", check(patron.barcode(), PASSWORD)).status())
                .isEqualTo(423);
        assertThat(desk.post("/api/auth/token", "{\"username\":\"%s\",\"password\":\"%s\"}"
                .formatted(patron.barcode(), PASSWORD)).status()).isEqualTo(423);
    }

    @Test
    void answersAStaffAccountAsUnknownSoNoStaffPasswordCanBeTriedThisWay() {
        var checked = desk.post("/api/patrons/password-check", check("admin", PatronsIntegrationTest.ADMIN_PASSWORD));
        assertThat(checked.status()).isEqualTo(401);
    }

    @Test
    void takesBarcodesAndPinsWithSlashesQuotesAndBarsAsData() {
        var patron = patronWithPassword();
        for (String odd : new String[]{"../" + patron.barcode(), patron.barcode() + "' or '1'='1", "a|b\"c/d"}) {
            var checked = desk.post("/api/patrons/password-check", check(odd, PASSWORD));
            assertThat(checked.status()).as(odd).isEqualTo(401);
        }
        var quoted = desk.post("/api/patrons/password-check", check(patron.barcode(), "\"|/'"));
        assertThat(quoted.status()).isEqualTo(401);
    }

    @Test
    void refusesAnEmptyBarcodeNamingTheField() {
        var checked = desk.post("/api/patrons/password-check", check("", PASSWORD));
        assertThat(checked.status()).isEqualTo(400);
        assertThat(checked.body().get("errors").get(0).get("field").asString()).isEqualTo("cardBarcode");
    }

    @Test
    void isForStaffOnly() {
        var patron = patronWithPassword();
        var asPatron = api.signedInAs(patron.barcode(), PASSWORD);
        assertThat(asPatron.post("/api/patrons/password-check", check(patron.barcode(), PASSWORD)).status())
                .isEqualTo(403);
        assertThat(api.post("/api/patrons/password-check", check(patron.barcode(), PASSWORD)).status())
                .isEqualTo(401);
    }
}
