package org.shelfwise.patrons.identity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.patrons.PatronsIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator changes staff accounts: roles, disabled or not, a new password; never the last ADMIN away. */
@PatronsIntegrationTest
class StaffAccountsIT {

    private static final String PASSWORD = "a staff password of length";

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    HttpJson admin;

    @BeforeEach
    void signIn() {
        admin = new HttpJson(port).signedInAs("admin", PatronsIntegrationTest.ADMIN_PASSWORD);
    }

    @Test
    void changesAnAccountsRolesWhichItsNextTokenCarries() {
        var account = create("LIBRARIAN");
        String id = account.get("id").asString();

        var changed = admin.put("/api/staff/" + id + "/roles", "{\"roles\":[\"LIBRARIAN\",\"ADMIN\"]}");

        assertThat(changed.status()).isEqualTo(200);
        assertThat(roles(changed.body())).containsExactlyInAnyOrder("LIBRARIAN", "ADMIN");
        var promoted = new HttpJson(port).signedInAs(account.get("username").asString(), PASSWORD);
        assertThat(promoted.get("/api/staff").status()).isEqualTo(200);
        assertThat(listed(id).get("enabled").asBoolean()).isTrue();
    }

    @Test
    void aDisabledAccountCannotSignInNorRefreshUntilEnabledAgain() {
        var account = create("LIBRARIAN");
        String id = account.get("id").asString();
        String username = account.get("username").asString();
        var tokens = signIn(username, PASSWORD);
        assertThat(tokens.status()).isEqualTo(200);

        var disabled = admin.put("/api/staff/" + id + "/disabled", "{}");

        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.body().get("enabled").asBoolean()).isFalse();
        assertThat(listed(id).get("enabled").asBoolean()).isFalse();
        assertThat(signIn(username, PASSWORD).status()).isEqualTo(401);
        assertThat(refresh(tokens.body().get("refresh_token").asString()).status()).isEqualTo(401);

        assertThat(admin.delete("/api/staff/" + id + "/disabled").body().get("enabled")
                .asBoolean()).isTrue();
        assertThat(signIn(username, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void resetsAPasswordEndingTheAccountsSessions() {
        var account = create("LIBRARIAN");
        String id = account.get("id").asString();
        String username = account.get("username").asString();
        var tokens = signIn(username, PASSWORD);
        String newPassword = "another staff password";

        var reset = admin.put("/api/staff/" + id + "/password", "{\"password\":\"" + newPassword + "\"}");

        assertThat(reset.status()).isEqualTo(200);
        assertThat(signIn(username, PASSWORD).status()).isEqualTo(401);
        assertThat(signIn(username, newPassword).status()).isEqualTo(200);
        assertThat(refresh(tokens.body().get("refresh_token").asString()).status()).isEqualTo(401);
    }

    @Test
    void refusesToDisableOrDemoteTheLastEnabledAdministrator() {
        String adminId = null;
        for (var member : admin.get("/api/staff").body()) {
            boolean enabledAdmin = member.get("enabled").asBoolean() && roles(member).contains("ADMIN");
            if (member.get("username").asString().equals("admin")) {
                adminId = member.get("id").asString();
            } else if (enabledAdmin) {
                admin.put("/api/staff/" + member.get("id").asString() + "/disabled", "{}");
            }
        }

        var disable = admin.put("/api/staff/" + adminId + "/disabled", "{}");
        var demote = admin.put("/api/staff/" + adminId + "/roles", "{\"roles\":[\"LIBRARIAN\"]}");

        assertThat(disable.status()).isEqualTo(409);
        assertThat(disable.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:last-admin");
        assertThat(demote.status()).isEqualTo(409);
        assertThat(demote.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:last-admin");
        assertThat(signIn("admin", PatronsIntegrationTest.ADMIN_PASSWORD).status()).isEqualTo(200);
        var second = create("ADMIN");
        assertThat(admin.put("/api/staff/" + second.get("id").asString() + "/disabled", "{}")
                .status()).as("another admin is still enabled").isEqualTo(200);
    }

    @Test
    void refusesInvalidChangesNamingTheFieldAndRule() {
        String id = create("LIBRARIAN").get("id").asString();

        assertField(admin.put("/api/staff/" + id + "/roles", "{\"roles\":[]}"), "roles", "NotEmpty");
        assertField(admin.put("/api/staff/" + id + "/roles", "{\"roles\":[\"PATRON\"]}"), "roles", null);
        assertField(admin.put("/api/staff/" + id + "/password", "{\"password\":\"short\"}"),
                "password", "Size");
        assertThat(admin.put("/api/staff/" + UUID.randomUUID() + "/disabled", "{}").status())
                .isEqualTo(404);
    }

    @Test
    void aLibrarianChangesNoStaffAccount() {
        var account = create("LIBRARIAN");
        var librarian = new HttpJson(port).signedInAs(account.get("username").asString(), PASSWORD);

        assertThat(librarian.put("/api/staff/" + account.get("id").asString() + "/roles",
                "{\"roles\":[\"ADMIN\"]}").status()).isEqualTo(403);
    }

    private void assertField(HttpJson.Response response, String field, String rule) {
        assertThat(response.status()).as(String.valueOf(response.body())).isEqualTo(400);
        List<String> errors = response.body().get("errors").valueStream()
                .map(e -> e.get("field").asString() + (rule == null ? "" : "/" + e.get("rule").asString())).toList();
        assertThat(errors).anyMatch(e -> e.startsWith(rule == null ? field : field + "/" + rule));
    }

    private JsonNode create(String role) {
        String username = "staff-" + UUID.randomUUID().toString().substring(0, 8);
        var created = admin.post("/api/staff", """
                {"username": "s%s", "password": "%s", "roles": ["%s"]}""".formatted(username, PASSWORD, role));
        assertThat(created.status()).isEqualTo(201);
        return created.body();
    }

    private JsonNode listed(String id) {
        return admin.get("/api/staff").body().valueStream().filter(m -> m.get("id").asString().equals(id))
                .findFirst().orElseThrow();
    }

    private HttpJson.Response signIn(String username, String password) {
        return new HttpJson(port).post("/api/auth/token",
                "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password));
    }

    private HttpJson.Response refresh(String token) {
        return new HttpJson(port).post("/api/auth/refresh", "{\"refresh_token\":\"" + token + "\"}");
    }

    private static List<String> roles(JsonNode member) {
        return member.get("roles").valueStream().map(JsonNode::asString).toList();
    }
}
