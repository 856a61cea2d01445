package org.shelfwise.patrons.identity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.testing.TestTokens;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.patrons.PatronsIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may call what in the patrons service, with tokens it issued itself and tokens it must refuse. */
@PatronsIntegrationTest
class AccessIT {

    static final String PASSWORD = "a long patron password";

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    SigningKeys keys;
    HttpJson anonymous;
    HttpJson desk;

    @BeforeEach
    void signIn() {
        anonymous = new HttpJson(port);
        desk = anonymous.signedInAs("admin", PatronsIntegrationTest.ADMIN_PASSWORD);
    }

    /** Registers a patron who may sign in; answers their id and card barcode. */
    String[] patron() {
        var created = desk.post("/api/patrons", "{\"name\":\"Emmy Noether\",\"email\":\"emmy.%s@example.org\",\"password\":\"%s\"}"
                .formatted(UUID.randomUUID(), PASSWORD));
        assertThat(created.status()).isEqualTo(201);
        return new String[]{created.body().get("id").asString(), created.body().get("barcode").asString()};
    }

    @Test
    void withoutATokenOnlySigningInTheKeysAndTheCategoriesAreOpen() {
        String id = patron()[0];
        for (String path : new String[]{"/api/patrons", "/api/patrons/" + id, "/api/patrons/me", "/api/staff",
                "/actuator/metrics", "/api/anything-else"}) {
            var refused = anonymous.get(path);
            assertThat(refused.status()).as(path).isEqualTo(401);
            assertThat(refused.headers().firstValue("WWW-Authenticate")).as(path).hasValue("Bearer");
        }
        assertThat(anonymous.post("/api/patrons", "{\"name\":\"N\",\"email\":\"n@example.org\"}").status())
                .isEqualTo(401);
        assertThat(anonymous.get("/api/auth/jwks").status()).isEqualTo(200);
        assertThat(anonymous.get("/api/patron-categories").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/health/readiness").status()).isEqualTo(200);
    }

    @Test
    void refusesExpiredTamperedForeignUnsignedAndWrongIssuerTokensWith401() {
        var tokens = new LinkedHashMap<String, String>();
        var past = Instant.now().minus(Duration.ofMinutes(20));
        tokens.put("expired", TestTokens.sign(TestTokens.claims("ADMIN", "LIBRARIAN").issueTime(Date.from(past))
                .expirationTime(Date.from(past.plus(Duration.ofMinutes(15)))).build(), keys.signingKey()));
        tokens.put("wrong issuer", TestTokens.sign(TestTokens.claims("ADMIN", "LIBRARIAN")
                .issuer("https://sso.elsewhere.example").build(), keys.signingKey()));
        String patronToken = anonymous.signedInAs(patron()[1], PASSWORD).accessToken();
        tokens.put("tampered", TestTokens.tamper(patronToken));
        tokens.put("alg none", TestTokens.withoutSignature(desk.accessToken()));
        tokens.put("signed with another key", TestTokens.admin());
        tokens.put("high S", TestTokens.flipS(desk.accessToken()));
        tokens.forEach((kind, token) -> {
            var refused = anonymous.get("/api/patrons", token);
            assertThat(refused.status()).as(kind).isEqualTo(401);
            assertThat(refused.body().get("type").asString()).as(kind).isEqualTo("urn:shelfwise:problem:unauthenticated");
        });
        // the control: the same claims, well signed, are accepted
        assertThat(anonymous.get("/api/patrons", TestTokens.sign(TestTokens.claims("LIBRARIAN").build(),
                keys.signingKey())).status()).isEqualTo(200);
    }

    @Test
    void aPatronReadsTheirOwnRecordOnly() {
        String[] me = patron();
        String[] other = patron();
        var patron = anonymous.signedInAs(me[1], PASSWORD);

        var mine = patron.get("/api/patrons/me");
        assertThat(mine.status()).isEqualTo(200);
        assertThat(mine.body().get("id").asString()).isEqualTo(me[0]);
        assertThat(patron.get("/api/patrons/" + me[0]).status()).isEqualTo(200);

        var theirs = patron.get("/api/patrons/" + other[0]);
        assertThat(theirs.status()).isEqualTo(403);
        assertThat(theirs.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:forbidden");
        assertThat(patron.get("/api/patrons/" + UUID.randomUUID()).status()).as("no hint whether it exists").isEqualTo(403);
    }

    @Test
    void aPatronMayNotDoTheDesksOrTheAdministratorsWork() {
        String[] me = patron();
        var patron = anonymous.signedInAs(me[1], PASSWORD);
        assertThat(patron.get("/api/patrons").status()).isEqualTo(403);
        assertThat(patron.get("/api/patrons?q=" + me[1]).status()).isEqualTo(403);
        assertThat(patron.post("/api/patrons", "{\"name\":\"N\",\"email\":\"n.%s@example.org\"}"
                .formatted(UUID.randomUUID())).status()).isEqualTo(403);
        assertThat(patron.put("/api/patrons/" + me[0] + "/block", "{\"reason\":\"none\"}", patron.accessToken()).status())
                .isEqualTo(403);
        assertThat(patron.get("/api/staff").status()).isEqualTo(403);
        assertThat(patron.put("/api/patron-categories/adult", "{}", patron.accessToken()).status()).isEqualTo(403);
        assertThat(patron.get("/api/patron-categories").status()).isEqualTo(200);
    }

    @Test
    void aLibrarianDoesTheDeskButNotTheAdministratorsWork() {
        String username = "desk" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(desk.post("/api/staff", "{\"username\":\"%s\",\"password\":\"%s\",\"roles\":[\"LIBRARIAN\"]}"
                .formatted(username, PASSWORD)).status()).isEqualTo(201);
        var librarian = anonymous.signedInAs(username, PASSWORD);
        var registered = librarian.post("/api/patrons", "{\"name\":\"N\",\"email\":\"n.%s@example.org\"}"
                .formatted(UUID.randomUUID()));
        assertThat(registered.status()).isEqualTo(201);
        assertThat(librarian.get("/api/patrons/" + registered.body().get("id").asString()).status()).isEqualTo(200);
        assertThat(librarian.get("/api/patrons?q=N").status()).isEqualTo(200);
        assertThat(librarian.get("/api/patrons/me").status()).as("staff have no patron record").isEqualTo(403);
        assertThat(librarian.get("/api/staff").status()).isEqualTo(403);
        assertThat(librarian.post("/api/auth/keys", "{}").status()).isEqualTo(403);
    }

    @Test
    void answersWithSecurityHeaders() {
        var response = desk.get("/api/patrons");
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
    }

    @Test
    void refusesABodyOverTheLimitWith413WhetherDeclaredOrStreamed() throws Exception {
        byte[] big = ("{\"username\":\"" + "x".repeat(1_100_000) + "\",\"password\":\"p\"}").getBytes(StandardCharsets.UTF_8);
        for (var body : java.util.List.of(HttpRequest.BodyPublishers.ofByteArray(big),
                HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big)))) {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/auth/token"))
                    .header("Content-Type", "application/json").POST(body).build();
            var response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
            assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
            assertThat(response.body()).contains("urn:shelfwise:problem:content-too-large").doesNotContain("Exception");
        }
    }
}
