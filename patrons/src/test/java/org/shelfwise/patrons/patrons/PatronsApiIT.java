package org.shelfwise.patrons.patrons;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.patrons.PatronsIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

@PatronsIntegrationTest
class PatronsApiIT {

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    @Autowired
    JdbcClient jdbc;
    HttpJson api;

    @BeforeEach
    void api() {
        api = new HttpJson(port).signedInAs("admin", PatronsIntegrationTest.ADMIN_PASSWORD);
    }

    @Test
    void registersAPatronWithANewLibraryCardAndFindsThemById() {
        String email = unique("ada") + "@example.org";
        var created = api.post("/api/patrons", """
                {"name": "  Ada Lovelace ", "email": " %s "}""".formatted(email.toUpperCase()));

        assertThat(created.status()).isEqualTo(201);
        var patron = created.body();
        String id = patron.get("id").asString();
        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(created.location()).isEqualTo("/api/patrons/" + id);
        assertThat(patron.get("barcode").asString()).matches("21234[0-9]{9}");
        assertThat(Luhn.isValid(patron.get("barcode").asString())).isTrue();
        assertThat(patron.get("name").asString()).isEqualTo("Ada Lovelace");
        assertThat(patron.get("email").asString()).isEqualTo(email);
        assertThat(patron.get("status").asString()).isEqualTo("ACTIVE");
        assertThat(Instant.parse(patron.get("createdAt").asString())).isBefore(Instant.now().plusSeconds(1));

        var found = api.get(created.location());
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.body()).isEqualTo(patron);
    }

    @Test
    void issuesEveryPatronADifferentCard() {
        var first = register("Grace Hopper", unique("grace") + "@example.org");
        var second = register("Grace Hopper", unique("grace") + "@example.org");

        assertThat(first.get("barcode")).isNotEqualTo(second.get("barcode"));
    }

    @Test
    void findsThePatronHoldingACardByItsBarcode() {
        var patron = register("Katherine Johnson", unique("kj") + "@example.org");
        String barcode = patron.get("barcode").asString();

        var page = api.get("/api/patrons?barcode=" + barcode).body();
        assertThat(page.get("content")).hasSize(1);
        assertThat(page.get("content").get(0)).isEqualTo(patron);
        assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(1);

        var none = api.get("/api/patrons?barcode=29999999999999").body();
        assertThat(none.get("content")).isEmpty();
        assertThat(none.get("page").get("totalElements").asLong()).isZero();
    }

    @Test
    void listsPatronsNewestFirstOnePageAtATime() {
        register("Older", unique("older") + "@example.org");
        var middle = register("Middle", unique("middle") + "@example.org");
        var newest = register("Newest", unique("newest") + "@example.org");

        var response = api.get("/api/patrons?page=0&size=2");
        assertThat(response.status()).isEqualTo(200);
        var page = response.body();
        assertThat(page.get("content")).containsExactly(newest, middle);
        assertThat(page.get("page").get("number").asInt()).isZero();
        assertThat(page.get("page").get("size").asInt()).isEqualTo(2);
        assertThat(page.get("page").get("totalElements").asLong()).isEqualTo(patronCount());
        assertThat(page.get("page").get("totalPages").asLong()).isEqualTo((patronCount() + 1) / 2);

        var next = api.get("/api/patrons?page=1&size=2").body();
        assertThat(next.get("content").get(0).get("id")).isNotIn(newest.get("id"), middle.get("id"));
    }

    @ParameterizedTest(name = "{0} is refused: {1} {2}")
    @CsvSource({
            "page=-1,  page, Min",
            "size=0,   size, Min",
            "size=101, size, Max",
            "size=ten, size, type",
            "page=x,   page, type"})
    void refusesPagingOutsideItsBounds(String query, String field, String rule) {
        var response = api.get("/api/patrons?" + query);

        assertProblem(response, 400, field, rule);
    }

    @Test
    void answersNotFoundForAnUnknownPatron() {
        var response = api.get("/api/patrons/" + UUID.randomUUID());

        assertThat(response.status()).isEqualTo(404);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:not-found");
    }

    @Test
    void refusesAPatronIdThatIsNotAUuid() {
        assertProblem(api.get("/api/patrons/not-a-uuid"), 400, "id", "type");
    }

    @Test
    void rejectsASecondPatronWithTheSameEmail() {
        String email = unique("twice") + "@example.org";
        register("First Holder", email);
        long before = patronCount();

        var response = api.post("/api/patrons", """
                {"name": "Second Holder", "email": "%s"}""".formatted(email.toUpperCase()));

        assertProblem(response, 409, "email", "unique");
        assertThat(response.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:email-already-registered");
        assertThat(patronCount()).isEqualTo(before);
        assertThat(jdbc.sql("select name from patrons where email = ?").param(email).query(String.class).list())
                .containsExactly("First Holder");
    }

    static Stream<Arguments> invalidRegistrations() {
        String ok = "\"email\": \"valid@example.org\"";
        return Stream.of(
                arguments("name missing", "{" + ok + "}", "name", "NotBlank"),
                arguments("name blank", "{\"name\": \"   \", " + ok + "}", "name", "NotBlank"),
                arguments("name over 200", "{\"name\": \"" + "n".repeat(201) + "\", " + ok + "}", "name", "Size"),
                arguments("email missing", "{\"name\": \"Ada\"}", "email", "NotBlank"),
                arguments("email not an address", "{\"name\": \"Ada\", \"email\": \"ada.example.org\"}", "email", "Email"),
                arguments("email without a dot in the domain", "{\"name\": \"Ada\", \"email\": \"ada@localhost\"}", "email", "Email"),
                arguments("email over 254", "{\"name\": \"Ada\", \"email\": \"" + "a".repeat(60) + "@" + "b".repeat(190) + ".org\"}", "email", "Size"),
                arguments("email not a string", "{\"name\": \"Ada\", \"email\": [\"x\"]}", "email", "type"),
                arguments("JSON malformed", "{\"name\": \"Ada\", \"email\": ", "body", "json"),
                arguments("body missing", null, "body", "required"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRegistrations")
    void refusesAnInvalidRegistrationNamingTheFieldAndRuleAndChangesNothing(String why, String body, String field,
                                                                             String rule) {
        long before = patronCount();

        var response = api.post("/api/patrons", body);

        assertProblem(response, 400, field, rule);
        assertThat(response.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:validation");
        assertThat(patronCount()).isEqualTo(before);
    }

    private void assertProblem(HttpJson.Response response, int status, String field, String rule) {
        assertThat(response.status()).isEqualTo(status);
        assertThat(response.contentType()).startsWith("application/problem+json");
        assertThat(response.body().get("status").asInt()).isEqualTo(status);
        List<String> errors = response.body().get("errors").valueStream()
                .map(e -> e.get("field").asString() + "/" + e.get("rule").asString())
                .toList();
        assertThat(errors).contains(field + "/" + rule);
    }

    private JsonNode register(String name, String email) {
        var response = api.post("/api/patrons", """
                {"name": "%s", "email": "%s"}""".formatted(name, email));
        assertThat(response.status()).as("registering %s", email).isEqualTo(201);
        return response.body();
    }

    private long patronCount() {
        return jdbc.sql("select count(*) from patrons").query(Long.class).single();
    }

    static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
