package org.shelfwise.catalog;

import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.RawHttp;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's input rules as the catalogue applies them, without a line of its own: invalid UTF-8 and NULs in a
 * search, JSON of the wrong type or with a key twice, and paths Tomcat refuses, each a problem detail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class InputRulesIT {

    @LocalServerPort
    int port;

    @Test
    void refusesASearchThatIsNotValidUtf8() {
        var anonymous = new HttpJson(port);
        for (String bad : List.of("%C0%AF", "%FF", "%E2%82", "%00")) {
            var response = anonymous.get("/api/books?q=" + bad);
            assertThat(response.status()).isEqualTo(400);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("q");
        }
    }

    @Test
    void refusesABookWithAValueOfTheWrongTypeOrAKeyTwice() {
        var librarian = new HttpJson(port, TestTokens.librarian());
        String isbn = Isbns.unique();
        var wrongType = librarian.post("/api/books", "{\"title\":true,\"authors\":[\"A\"],\"isbn\":\"" + isbn + "\"}");
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.body().get("errors").get(0).get("field").asString()).isEqualTo("title");
        var twice = librarian.post("/api/books", "{\"title\":\"A\",\"title\":\"B\",\"authors\":[\"A\"],\"isbn\":\""
                + isbn + "\"}");
        assertThat(twice.status()).isEqualTo(400);
        assertThat(twice.body().get("errors").get(0).get("rule").asString()).isEqualTo("duplicate");
        var nul = librarian.post("/api/books", "{\"title\":\"A\\u0000\",\"authors\":[\"A\"],\"isbn\":\"" + isbn + "\"}");
        assertThat(nul.status()).isEqualTo(400);
        assertThat(nul.body().get("errors").get(0).get("rule").asString()).isEqualTo("NoControlCharacters");
    }

    @Test
    void answersPathsTomcatRefusesWithProblemDetails() {
        var raw = new RawHttp(port);
        for (String path : List.of("/api/books/%00", "/api/books/a%2Fb", "/api/books/a;b", "/api/books/%2e%2e")) {
            var response = raw.send("GET", path, null);
            assertThat(response.status()).as(path).isBetween(400, 499);
            assertThat(response.contentType()).startsWith("application/problem+json");
        }
    }
}
