package org.shelfwise.catalog.books;

import org.junit.jupiter.api.Test;
import org.shelfwise.catalog.Isbns;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** The whole record model through the JSON API, and the simple record's members beside it. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class RecordModelIT {

    @LocalServerPort
    int port;

    HttpJson http() {
        return new HttpJson(port, TestTokens.librarian());
    }

    @Test
    void cataloguesARecordWithATitleAlone() {
        var created = http().post("/api/books", "{\"title\": \"Beowulf\"}");
        assertThat(created.status()).isEqualTo(201);
        var read = http().get("/api/books/" + created.field("id"));
        assertThat(read.body().get("isbn").isNull()).isTrue();
        assertThat(read.body().get("authors")).isEmpty();
        assertThat(read.field("format")).isEqualTo("BOOK");
        assertThat(read.body().get("identifiers").get("controlNumber").asString())
                .as("the book's id as its control number").isEqualTo(created.field("id"));
    }

    @Test
    void keepsContributorsOfEveryKindWithTheirRolesAndAPatchOfAuthorsReplacesThem() {
        String isbn = Isbns.unique();
        var created = http().post("/api/books", """
                {"title": "Proceedings", "nonFilingCharacters": 0, "responsibility": "edited by Ann Lee",
                 "contributors": [{"name": "Lee, Ann", "kind": "PERSON", "roles": ["editor"]},
                                  {"name": "Library Association", "kind": "ORGANIZATION"},
                                  {"name": "Annual Conference", "kind": "MEETING", "roles": ["aut"]}],
                 "identifiers": {"isbns": ["%s"], "invalidIsbns": ["12345"], "issns": ["0317-8471"],
                                 "systemNumbers": ["(OCoLC)%s"]},
                 "subjects": ["Libraries -- Congresses", {"heading": "Canada", "kind": "PLACE"}],
                 "languages": ["eng", "fre"], "format": "serial",
                 "links": [{"url": "https://example.org/proceedings", "text": "Full text"}]}"""
                .formatted(isbn, isbn.substring(3)));
        assertThat(created.status()).as(String.valueOf(created.body())).isEqualTo(201);
        var read = http().get("/api/books/" + created.field("id"));
        assertThat(names(read.body().get("contributors"), "kind")).containsExactly("PERSON", "ORGANIZATION", "MEETING");
        assertThat(read.body().get("contributors").get(0).get("roles").get(0).asString()).isEqualTo("editor");
        assertThat(names(read.body().get("authors"), null)).containsExactly("Lee, Ann", "Library Association",
                "Annual Conference");
        assertThat(read.field("isbn")).isEqualTo(isbn);
        assertThat(read.field("language")).isEqualTo("en");
        assertThat(names(read.body().get("languages"), null)).containsExactly("en", "fr");
        assertThat(names(read.body().get("subjects"), null)).containsExactly("Libraries -- Congresses", "Canada");
        assertThat(read.body().get("subjectHeadings").get(1).get("kind").asString()).isEqualTo("PLACE");
        assertThat(read.field("format")).isEqualTo("SERIAL");

        var retitled = http().header("If-Match", read.etag()).patch("/api/books/" + created.field("id"), "{\"title\": \"Proceedings 2026\"}");
        assertThat(retitled.status()).isEqualTo(200);
        assertThat(names(retitled.body().get("contributors"), "kind")).as("a patch keeps what it does not name")
                .containsExactly("PERSON", "ORGANIZATION", "MEETING");
        assertThat(retitled.body().get("subjectHeadings").get(1).get("kind").asString()).isEqualTo("PLACE");

        var reauthored = http().header("If-Match", retitled.etag()).patch("/api/books/" + created.field("id"), "{\"authors\": [\"Lee, Ann\"]}");
        assertThat(reauthored.status()).isEqualTo(200);
        assertThat(names(reauthored.body().get("authors"), null)).containsExactly("Lee, Ann");
        assertThat(reauthored.body().get("contributors").get(0).get("roles").get(0).asString()).isEqualTo("author");

        String replacement = Isbns.unique();
        var reisbned = http().header("If-Match", reauthored.etag()).patch("/api/books/" + created.field("id"),
                "{\"isbn\": \"" + replacement + "\", \"language\": \"de\"}");
        assertThat(reisbned.status()).isEqualTo(200);
        assertThat(names(reisbned.body().get("identifiers").get("isbns"), null)).as("isbn replaces the first ISBN")
                .containsExactly(replacement);
        assertThat(names(reisbned.body().get("languages"), null)).containsExactly("de", "fr");
        assertThat(http().post("/api/books", "{\"title\": \"Old ISBN, free again\", \"isbn\": \"" + isbn + "\"}")
                .status()).isEqualTo(201);

        var exported = http().get("/api/books?q=" + replacement);
        assertThat(exported.body().get("content").get(0).get("format").asString()).isEqualTo("SERIAL");
    }

    @Test
    void refusesASystemNumberAnotherBookHolds() {
        String number = "(DLC)" + Isbns.unique();
        assertThat(http().post("/api/books", "{\"title\": \"One\", \"identifiers\": {\"systemNumbers\": [\"" + number
                + "\"]}}").status()).isEqualTo(201);
        var second = http().post("/api/books", "{\"title\": \"Two\", \"identifiers\": {\"systemNumbers\": [\"" + number
                + "\"]}}");
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.firstError()).isEqualTo("identifiers.systemNumbers:unique");
    }

    private static List<String> names(JsonNode array, String member) {
        return StreamSupport.stream(array.spliterator(), false)
                .map(node -> member == null ? node.asString() : node.get(member).asString()).toList();
    }
}
