package org.shelfwise.patrons.patrons;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.patrons.PatronsIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@PatronsIntegrationTest
class PatronDeskIT {

    @LocalServerPort
    int port;
    HttpJson api;
    String adminToken;

    @BeforeEach
    void signIn() {
        api = new HttpJson(port).signedInAs("admin", PatronsIntegrationTest.ADMIN_PASSWORD);
        adminToken = api.post("/api/auth/token", "{\"username\":\"admin\",\"password\":\"%s\"}"
                .formatted(PatronsIntegrationTest.ADMIN_PASSWORD)).body().get("access_token").asString();
    }

    JsonNode register(String body) {
        var created = api.post("/api/patrons", body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.body();
    }

    @Test
    void registersAPatronWithContactDetailsInACategoryWhoseCardValidityItGets() {
        String email = "ravi." + UUID.randomUUID() + "@example.org";
        var patron = register("""
                {"name": "Ravi Shankar", "email": "%s", "phone": "+44 20 7946 0958", "address": "1 Library Lane, Leeds",
                 "dateOfBirth": "2004-05-06", "category": "student"}""".formatted(email));
        assertThat(patron.get("category").asString()).isEqualTo("student");
        assertThat(patron.get("phone").asString()).isEqualTo("+44 20 7946 0958");
        assertThat(patron.get("dateOfBirth").asString()).isEqualTo("2004-05-06");
        assertThat(LocalDate.parse(patron.get("cardExpiresOn").asString())).isEqualTo(LocalDate.now().plusMonths(12));
        assertThat(patron.get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void refusesAnUnknownCategoryAndABirthDateInTheFuture() {
        var unknown = api.post("/api/patrons", "{\"name\":\"N\",\"email\":\"n.%s@example.org\",\"category\":\"martian\"}"
                .formatted(UUID.randomUUID()));
        assertThat(unknown.status()).isEqualTo(422);
        assertThat(unknown.body().get("errors").get(0).get("field").asString()).isEqualTo("category");
        var unborn = api.post("/api/patrons", "{\"name\":\"N\",\"email\":\"n.%s@example.org\",\"dateOfBirth\":\"2999-01-01\"}"
                .formatted(UUID.randomUUID()));
        assertThat(unborn.status()).isEqualTo(400);
        assertThat(unborn.body().get("errors").get(0).get("field").asString()).isEqualTo("dateOfBirth");
    }

    @Test
    void findsPatronsByPartOfTheirNameTheirEmailOrTheirCard() {
        String marker = "Quixote" + UUID.randomUUID().toString().substring(0, 6);
        var patron = register("{\"name\":\"Alonso %s\",\"email\":\"alonso.%s@example.org\"}".formatted(marker, UUID.randomUUID()));
        assertThat(api.get("/api/patrons?q=" + marker.toLowerCase()).body().get("content").get(0).get("id"))
                .isEqualTo(patron.get("id"));
        assertThat(api.get("/api/patrons?q=" + patron.get("email").asString().toUpperCase()).body().get("page")
                .get("totalElements").asLong()).isEqualTo(1);
        assertThat(api.get("/api/patrons?q=" + patron.get("barcode").asString()).body().get("content").get(0).get("id"))
                .isEqualTo(patron.get("id"));
        assertThat(api.get("/api/patrons?q=100%25").body().get("page").get("totalElements").asLong()).isZero();
    }

    @Test
    void letsStaffBlockAndUnblockAPatronWithAReason() {
        var patron = register("{\"name\":\"Blocked Person\",\"email\":\"blocked.%s@example.org\"}".formatted(UUID.randomUUID()));
        String path = "/api/patrons/" + patron.get("id").asString() + "/block";
        var anonymous = api.put(path, "{\"reason\":\"Lost books\"}", null);
        assertThat(anonymous.status()).isEqualTo(401);

        var blocked = api.put(path, "{\"reason\":\"Lost three books\"}", adminToken);
        assertThat(blocked.status()).isEqualTo(200);
        assertThat(blocked.body().get("status").asString()).isEqualTo("BLOCKED");
        assertThat(blocked.body().get("blockedReason").asString()).isEqualTo("Lost three books");
        assertThat(api.put(path, "{\"reason\":\" \"}", adminToken).status()).isEqualTo(400);

        var lifted = api.delete(path, adminToken);
        assertThat(lifted.status()).isEqualTo(200);
        assertThat(lifted.body().get("status").asString()).isEqualTo("ACTIVE");
    }

    @Test
    void letsOnlyAnAdministratorDefineCategories() {
        var categories = api.get("/api/patron-categories");
        assertThat(categories.body().findValuesAsString("code")).contains("adult", "child", "student", "staff");
        String body = "{\"name\":\"Visiting scholar\",\"maxOpenLoans\":5,\"maxHolds\":2,\"maxFineBalance\":5.00,\"cardValidityMonths\":6}";
        assertThat(api.put("/api/patron-categories/visitor", body, null).status()).isEqualTo(401);
        var defined = api.put("/api/patron-categories/visitor", body, adminToken);
        assertThat(defined.status()).isEqualTo(200);
        assertThat(api.get("/api/patron-categories/visitor").body().get("maxOpenLoans").asInt()).isEqualTo(5);
        var invalid = api.put("/api/patron-categories/visitor", body.replace("\"maxHolds\":2", "\"maxHolds\":-1"), adminToken);
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.body().get("errors").get(0).get("field").asString()).isEqualTo("maxHolds");
    }
}
