package org.shelfwise.sip.terminals;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/** Terminal accounts through the API: the administrator's, validated, their passwords hashed. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "shelfwise.sip.server.port=0")
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class TerminalsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    HttpJson admin() {
        return new HttpJson(port, TestTokens.admin());
    }

    static String terminal(String login, String password, String location) {
        return tools.jackson.databind.node.JsonNodeFactory.instance.objectNode().put("login", login)
                .put("password", password).put("location", location).toString();
    }

    @Test
    void createsListsAndDisablesATerminalWithItsPasswordHashed() {
        String login = "kiosk-" + UUID.randomUUID().toString().substring(0, 8);
        var created = admin().post("/api/sip-terminals", terminal(login, "a long terminal password", "East / lobby"));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("enabled").asBoolean()).isTrue();
        assertThat(created.body().has("password")).isFalse();
        String id = created.body().get("id").asString();
        String hash = jdbc.sql("select password_hash from terminal where id = ?::uuid").param(id).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("a long terminal password");

        assertThat(admin().get("/api/sip-terminals").body().valueStream().map(t -> t.get("login").asString()))
                .contains(login);
        var disabled = admin().put("/api/sip-terminals/" + id + "/disabled", "", TestTokens.admin());
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(disabled.body().get("enabled").asBoolean()).isFalse();
        assertThat(admin().delete("/api/sip-terminals/" + id + "/disabled").body().get("enabled").asBoolean()).isTrue();
    }

    @Test
    void refusesATakenLoginNamingTheField() {
        String login = "kiosk-" + UUID.randomUUID().toString().substring(0, 8);
        admin().post("/api/sip-terminals", terminal(login, "a long terminal password", "East"));
        var again = admin().post("/api/sip-terminals", terminal(login, "another long password", "West"));
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.body().get("errors").get(0).get("field").asString()).isEqualTo("login");
    }

    @Test
    void refusesWhatCannotTravelInASip2FieldNamingFieldAndRule() {
        var bar = admin().post("/api/sip-terminals", terminal("kiosk-bar", "a long pass|word here", "East"));
        assertThat(bar.status()).isEqualTo(400);
        assertThat(bar.contentType()).startsWith("application/problem+json");
        assertThat(bar.body().get("errors").get(0).get("field").asString()).isEqualTo("password");
        assertThat(bar.body().get("errors").get(0).get("rule").asString()).isNotBlank();

        var slash = admin().post("/api/sip-terminals", terminal("kiosk/../x", "a long terminal password", "East"));
        assertThat(slash.status()).isEqualTo(400);
        assertThat(slash.body().get("errors").get(0).get("field").asString()).isEqualTo("login");

        var shortPassword = admin().post("/api/sip-terminals", terminal("kiosk-short", "short", "East"));
        assertThat(shortPassword.body().get("errors").get(0).get("field").asString()).isEqualTo("password");
        var noLocation = admin().post("/api/sip-terminals", terminal("kiosk-where", "a long terminal password", ""));
        assertThat(noLocation.body().get("errors").get(0).get("field").asString()).isEqualTo("location");
    }

    @Test
    void isTheAdministratorsOnly() {
        var asLibrarian = new HttpJson(port, TestTokens.librarian()).post("/api/sip-terminals",
                terminal("kiosk-lib", "a long terminal password", "East"));
        assertThat(asLibrarian.status()).isEqualTo(403);
        assertThat(new HttpJson(port).get("/api/sip-terminals").status()).isEqualTo(401);
        assertThat(admin().get("/api/sip-terminals/" + UUID.randomUUID()).status()).isEqualTo(404);
    }
}
