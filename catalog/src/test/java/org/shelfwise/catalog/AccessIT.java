package org.shelfwise.catalog;

import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may read and who may change the catalogue, with real tokens verified against a published key. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class AccessIT {

    static final String BOOK = "{\"title\":\"Access\",\"authors\":[\"A. Author\"]}";

    /** A book with an ISBN of its own, which a created book needs. */
    static String book() {
        return BOOK.replace("}", ",\"isbn\":\"" + Isbns.unique() + "\"}");
    }

    @LocalServerPort
    int port;

    HttpJson anonymous() {
        return new HttpJson(port);
    }

    String addBookWithCopy() {
        var librarian = new HttpJson(port, TestTokens.librarian());
        String id = librarian.post("/api/books", book()).body().get("id").asString();
        String barcode = "ACC-" + id.substring(0, 8);
        assertThat(librarian.post("/api/books/" + id + "/copies", "{\"barcode\":\"" + barcode + "\"}").status())
                .isEqualTo(201);
        return id;
    }

    @Test
    void anyoneReadsSearchesAndExportsTheCatalogueWithoutSigningIn() {
        String id = addBookWithCopy();
        assertThat(anonymous().get("/api/books/" + id).status()).isEqualTo(200);
        assertThat(anonymous().get("/api/books/" + id + "/copies").status()).isEqualTo(200);
        assertThat(anonymous().get("/api/copies/ACC-" + id.substring(0, 8)).status()).isEqualTo(200);
        assertThat(anonymous().get("/api/books?q=access").status()).isEqualTo(200);
        assertThat(send("GET", "/api/books/exports?format=csv", null).statusCode()).isEqualTo(200);
        assertThat(anonymous().get("/actuator/health/readiness").status()).isEqualTo(200);
        var docs = anonymous().get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body().get("components").get("securitySchemes").get("bearer").get("scheme").asString())
                .as("Swagger UI can send a token").isEqualTo("bearer");
    }

    @Test
    void changingTheCatalogueNeedsSigningIn() {
        var refused = anonymous().post("/api/books", BOOK);
        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:unauthenticated");
        assertThat(send("POST", "/api/books", null).headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        String id = addBookWithCopy();
        assertThat(anonymous().delete("/api/books/" + id).status()).isEqualTo(401);
        assertThat(send("POST", "/api/books/imports", null).statusCode()).isEqualTo(401);
        assertThat(anonymous().get("/api/books/imports/" + UUID.randomUUID()).status())
                .as("an import's report quotes the catalogue: staff only").isEqualTo(401);
    }

    @Test
    void refusesEveryBadTokenWith401EvenOnAPublicRead() {
        TestTokens.refusedTokens().forEach((kind, token) -> {
            assertThat(anonymous().post("/api/books", BOOK, token).status()).as(kind).isEqualTo(401);
            assertThat(anonymous().get("/api/books", token).status()).as(kind).isEqualTo(401);
        });
    }

    @Test
    void aPatronMayReadButNotChangeTheCatalogue() {
        String patron = TestTokens.patron(UUID.randomUUID());
        String id = addBookWithCopy();
        assertThat(anonymous().get("/api/books/" + id, patron).status()).isEqualTo(200);
        var refused = anonymous().post("/api/books", BOOK, patron);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:forbidden");
        assertThat(anonymous().delete("/api/books/" + id, patron).status()).isEqualTo(403);
        assertThat(anonymous().delete("/api/copies/ACC-" + id.substring(0, 8), patron).status()).isEqualTo(403);
        assertThat(send("POST", "/api/books/imports", patron).statusCode()).isEqualTo(403);
        assertThat(anonymous().get("/api/books/imports/" + UUID.randomUUID() + "/report", patron).status()).isEqualTo(403);
        assertThat(anonymous().post("/api/books/imports/" + UUID.randomUUID() + "/cancellation", "{}", patron).status())
                .isEqualTo(403);
    }

    @Test
    void librariansAndAdministratorsChangeTheCatalogue() {
        assertThat(anonymous().post("/api/books", book(), TestTokens.librarian()).status()).isEqualTo(201);
        assertThat(anonymous().post("/api/books", book(), TestTokens.withRoles("ADMIN")).status()).isEqualTo(201);
    }

    @Test
    void operatorsMetricsAreTheAdministratorsAndUnknownPathsAreRefused() {
        assertThat(anonymous().get("/actuator/metrics").status()).isEqualTo(401);
        assertThat(anonymous().get("/actuator/metrics", TestTokens.librarian()).status()).isEqualTo(403);
        assertThat(anonymous().get("/actuator/metrics", TestTokens.admin()).status()).isEqualTo(200);
        assertThat(anonymous().get("/internal/anything", TestTokens.librarian()).status()).isEqualTo(403);
    }

    @Test
    void answersWithSecurityHeadersAndHstsOverHttps() {
        var response = send("GET", "/actuator/health", null);
        assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(response.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        // a search is the same for everyone: a cache may keep it if it asks before each use (the gateway's does)
        assertThat(send("GET", "/api/books", null).headers().firstValue("Cache-Control")).hasValue("no-cache");
        assertThat(response.headers().firstValue("Strict-Transport-Security")).as("plain HTTP").isEmpty();
        var overHttps = send("GET", "/api/books", null, "X-Forwarded-Proto", "https");
        assertThat(overHttps.headers().firstValue("Strict-Transport-Security").orElse("")).contains("max-age=");
    }

    HttpResponse<String> send(String method, String path, String token, String... headers) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method(method, HttpRequest.BodyPublishers.ofString(""))
                .header("Content-Type", method.equals("GET") ? "application/json" : "text/csv");
        if (headers.length > 0) {
            request.headers(headers);
        }
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        try {
            return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
