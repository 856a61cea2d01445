package org.shelfwise.catalog.books;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.shelfwise.catalog.Isbns;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class RecordsIT {

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;
    @Autowired
    JdbcClient jdbc;

    HttpJson http() {
        return new HttpJson(port, TestTokens.librarian());
    }

    static String fullRecord(String isbn) {
        return """
                {"title": "Les Misérables", "subtitle": "Roman", "authors": ["Victor Hugo"], "isbn": "%s",
                 "publisher": "Gallimard", "publicationYear": 1862, "language": "fre",
                 "subjects": ["France -- History -- 19th century", "Poverty"], "description": "Jean Valjean...",
                 "edition": "Folio classique"}""".formatted(isbn);
    }

    HttpJson.Response create(String isbn) {
        var created = http().post("/api/books", fullRecord(isbn));
        assertThat(created.status()).isEqualTo(201);
        return created;
    }

    @Test
    void letsAnyoneKeepARecordAndAskWhetherItChanged() {
        String id = create(Isbns.unique()).field("id");
        var anonymous = new HttpJson(port, null);
        var read = anonymous.get("/api/books/" + id);
        assertThat(read.cacheControl()).as("kept, but asked about before each use").isEqualTo("no-cache");
        var unchanged = anonymous.header("If-None-Match", read.etag()).get("/api/books/" + id);
        assertThat(unchanged.status()).isEqualTo(304);
        assertThat(unchanged.body()).isNull();

        assertThat(http().header("If-Match", read.etag()).patch("/api/books/" + id, "{\"edition\":\"Second\"}").status()).isEqualTo(200);
        var changed = anonymous.header("If-None-Match", read.etag()).get("/api/books/" + id);
        assertThat(changed.status()).isEqualTo(200);
        assertThat(changed.field("edition")).isEqualTo("Second");
        assertThat(changed.etag()).isNotEqualTo(read.etag());
    }

    @Test
    void keepsAFullRecordWithTheIsbnAsIsbn13AndTheLanguageAsIso6391() {
        String isbn = Isbns.unique();
        var created = create(isbn.substring(0, 3) + "-" + isbn.substring(3));
        assertThat(created.etag()).isEqualTo("\"0\"");

        var read = http().get("/api/books/" + created.field("id"));
        assertThat(read.etag()).isEqualTo("\"0\"");
        assertThat(read.field("isbn")).isEqualTo(isbn);
        assertThat(read.field("language")).isEqualTo("fr");
        assertThat(read.field("subtitle")).isEqualTo("Roman");
        assertThat(read.body().get("publicationYear").asInt()).isEqualTo(1862);
        assertThat(read.body().get("subjects").get(1).asString()).isEqualTo("Poverty");
        assertThat(read.field("edition")).isEqualTo("Folio classique");
    }

    @Test
    void rejectsAnUnknownLanguageAndAnImpossibleYearNamingTheField() {
        long before = jdbc.sql("select count(*) from book").query(Long.class).single();
        var language = http().post("/api/books", fullRecord(Isbns.unique()).replace("\"fre\"", "\"xx\""));
        assertThat(language.status()).isEqualTo(400);
        assertThat(language.firstError()).isEqualTo("language:ValidLanguage");
        var year = http().post("/api/books", fullRecord(Isbns.unique()).replace("1862", "12"));
        assertThat(year.firstError()).isEqualTo("publicationYear:Min");
        assertThat(jdbc.sql("select count(*) from book").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void replacesARecordWhenIfMatchNamesTheCurrentVersion() {
        String id = create(Isbns.unique()).field("id");
        String replacement = "{\"title\":\"Notre-Dame de Paris\",\"authors\":[\"Victor Hugo\"],\"isbn\":\"" + Isbns.unique() + "\"}";

        var replaced = http().header("If-Match", "\"0\"").put("/api/books/" + id, replacement);
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.etag()).isEqualTo("\"1\"");
        assertThat(replaced.field("title")).isEqualTo("Notre-Dame de Paris");
        assertThat(replaced.body().get("subtitle").isNull()).as("a replacement drops what it does not send").isTrue();
    }

    @Test
    void refusesAStaleUpdateWith412AndAnUpdateWithoutIfMatchWith428() {
        String id = create(Isbns.unique()).field("id");
        assertThat(http().header("If-Match", "\"0\"").patch("/api/books/" + id, "{\"edition\":\"2nd\"}").status()).isEqualTo(200);

        var stale = http().header("If-Match", "\"0\"").patch("/api/books/" + id, "{\"edition\":\"3rd\"}");
        assertThat(stale.status()).isEqualTo(412);
        assertThat(stale.field("type")).isEqualTo("urn:shelfwise:problem:stale-revision");
        var unconditional = http().patch("/api/books/" + id, "{\"edition\":\"3rd\"}");
        assertThat(unconditional.status()).isEqualTo(428);
        assertThat(http().get("/api/books/" + id).field("edition")).isEqualTo("2nd");
    }

    @Test
    void letsExactlyOneOfTwoConcurrentEditsOfOneVersionWin() {
        String id = create(Isbns.unique()).field("id");
        var edits = List.of("A", "B", "C", "D").stream()
                .map(edition -> CompletableFuture.supplyAsync(() ->
                        http().header("If-Match", "\"0\"").patch("/api/books/" + id, "{\"edition\":\"" + edition + "\"}").status()))
                .toList();
        var statuses = edits.stream().map(CompletableFuture::join).toList();
        assertThat(statuses).containsOnlyOnce(200).contains(412);
        assertThat(http().get("/api/books/" + id).etag()).isEqualTo("\"1\"");
    }

    @Test
    void mergePatchChangesOnlyWhatItSendsAndNullClears() {
        String id = create(Isbns.unique()).field("id");
        var patched = http().header("If-Match", "\"0\"").patch("/api/books/" + id, "{\"subtitle\":null,\"subjects\":[\"Revolutions\"],\"language\":\"en\"}");
        assertThat(patched.status()).isEqualTo(200);
        assertThat(patched.body().get("subtitle").isNull()).isTrue();
        assertThat(patched.body().get("subjects").size()).isEqualTo(1);
        assertThat(patched.field("language")).isEqualTo("en");
        assertThat(patched.field("title")).isEqualTo("Les Misérables");
        assertThat(patched.field("publisher")).isEqualTo("Gallimard");
    }

    @Test
    void refusesAPatchThatBreaksARuleAndChangesNothing() {
        String id = create(Isbns.unique()).field("id");
        var emptyTitle = http().header("If-Match", "\"0\"").patch("/api/books/" + id, "{\"title\":\"\"}");
        assertThat(emptyTitle.status()).isEqualTo(400);
        assertThat(emptyTitle.firstError()).isEqualTo("title:NotBlank");
        var badIsbn = http().header("If-Match", "\"0\"").patch("/api/books/" + id, "{\"isbn\":\"9780141439519\"}");
        assertThat(badIsbn.firstError()).isEqualTo("isbn:ValidIsbn");
        var blankAuthor = http().header("If-Match", "\"0\"").patch("/api/books/" + id, "{\"authors\":[\"Hugo\", \" \"]}");
        assertThat(blankAuthor.firstError()).isEqualTo("authors[1]:NotBlank");
        var wrongType = http().header("If-Match", "\"0\"").patch("/api/books/" + id, "{\"publicationYear\":\"soon\"}");
        assertThat(wrongType.firstError()).isEqualTo("publicationYear:type");
        var notAnObject = http().header("If-Match", "\"0\"").patch("/api/books/" + id, "[1]");
        assertThat(notAnObject.status()).isEqualTo(400);
        assertThat(http().get("/api/books/" + id).etag()).isEqualTo("\"0\"");
    }

    @Test
    void refusesToTakeAnotherBooksIsbn() {
        String taken = Isbns.unique();
        create(taken);
        String id = create(Isbns.unique()).field("id");
        var clash = http().header("If-Match", "\"0\"").patch("/api/books/" + id, "{\"isbn\":\"" + taken + "\"}");
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.firstError()).isEqualTo("isbn:unique");
    }

    @Test
    void shelvesMovesAndRemovesCopiesUnderTheSameRules() {
        String bookId = create(Isbns.unique()).field("id");
        String barcode = "SHELF-" + bookId.substring(0, 8);
        var added = http().post("/api/books/" + bookId + "/copies",
                "{\"barcode\":\"" + barcode + "\",\"shelfMark\":\"843.7 HUG\",\"location\":\"Central / Fiction\",\"note\":\"gift\"}");
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.field("location")).isEqualTo("Central / Fiction");

        var moved = http().header("If-Match", added.etag()).patch("/api/copies/" + barcode, "{\"location\":\"East branch / Classics\"}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.field("shelfMark")).isEqualTo("843.7 HUG");
        assertThat(http().header("If-Match", added.etag()).patch("/api/copies/" + barcode, "{\"note\":null}").status()).isEqualTo(412);
        var noted = http().header("If-Match", moved.etag()).put("/api/copies/" + barcode, "{\"shelfMark\":\"843.7 HUG\",\"location\":\"East branch / Classics\",\"note\":\"rebound\"}");
        assertThat(noted.field("note")).isEqualTo("rebound");
        assertThat(http().header("If-Match", noted.etag()).put("/api/copies/" + barcode, "{\"note\":\"" + "x".repeat(2001) + "\"}")
                .firstError()).isEqualTo("note:Size");

        assertThat(http().header("If-Match", "\"0\"").delete("/api/copies/" + barcode).status()).isEqualTo(412);
        assertThat(http().delete("/api/copies/" + barcode).status()).isEqualTo(204);
        assertThat(http().get("/api/copies/" + barcode).status()).isEqualTo(404);

        var types = eventTypes("shelfwise.catalog.copies", added.field("id"), 4);
        assertThat(types).containsExactly("CopyAdded", "CopyMoved", "CopyUpdated", "CopyRemoved");
    }

    @Test
    void aCopyKeepsItsBranchAndItemTypeAndTellsThemWithEveryChangeOfIt() {
        String bookId = create(Isbns.unique()).field("id");
        String barcode = "BRANCH-" + bookId.substring(0, 8);
        var badBranch = http().post("/api/books/" + bookId + "/copies",
                "{\"barcode\":\"" + barcode + "\",\"branch\":\"Main Library\"}");
        assertThat(badBranch.status()).isEqualTo(400);
        assertThat(badBranch.firstError()).isEqualTo("branch:Pattern");
        assertThat(http().post("/api/books/" + bookId + "/copies",
                "{\"barcode\":\"" + barcode + "\",\"itemType\":\"" + "d".repeat(33) + "\"}").firstError())
                .isEqualTo("itemType:Pattern");
        assertThat(http().get("/api/copies/" + barcode).status()).as("nothing added").isEqualTo(404);

        var added = http().post("/api/books/" + bookId + "/copies",
                "{\"barcode\":\"" + barcode + "\",\"location\":\"Fiction\",\"branch\":\"main\",\"itemType\":\"book\"}");
        assertThat(added.status()).isEqualTo(201);
        assertThat(added.field("branch")).isEqualTo("main");
        assertThat(added.field("itemType")).isEqualTo("book");
        var refused = http().header("If-Match", added.etag()).patch("/api/copies/" + barcode, "{\"branch\":\"-east\"}");
        assertThat(refused.firstError()).isEqualTo("branch:Pattern");
        var moved = http().header("If-Match", added.etag()).patch("/api/copies/" + barcode, "{\"branch\":\"east\"}");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.field("branch")).isEqualTo("east");
        assertThat(moved.field("location")).isEqualTo("Fiction");
        var retyped = http().header("If-Match", moved.etag()).patch("/api/copies/" + barcode, "{\"itemType\":\"dvd\"}");
        assertThat(retyped.field("itemType")).isEqualTo("dvd");
        var cleared = http().header("If-Match", retyped.etag()).patch("/api/copies/" + barcode, "{\"itemType\":\"\"}");
        assertThat(cleared.body().get("itemType").isNull()).as("an empty code is none").isTrue();
        assertThat(http().get("/api/books/" + bookId + "/copies").body().get(0).get("branch").asString()).isEqualTo("east");

        var events = events("shelfwise.catalog.copies", added.field("id"), 4);
        assertThat(events.get(0)).contains("\"type\":\"CopyAdded\"", "\"branch\":\"main\"", "\"itemType\":\"book\"");
        assertThat(events.get(1)).contains("\"type\":\"CopyMoved\"", "\"branch\":\"east\"", "\"schemaVersion\":2");
        assertThat(events.get(2)).contains("\"type\":\"CopyUpdated\"", "\"itemType\":\"dvd\"", "\"branch\":\"east\"");
        assertThat(events.get(3)).contains("\"type\":\"CopyUpdated\"", "\"itemType\":null");
    }

    @Test
    void refusesToRemoveACopyOnLoanWith409() {
        String bookId = create(Isbns.unique()).field("id");
        String barcode = "OUT-" + bookId.substring(0, 8);
        String copyId = http().post("/api/books/" + bookId + "/copies", "{\"barcode\":\"" + barcode + "\"}").field("id");
        jdbc.sql("update copy set status = 'ON_LOAN', due_date = date '2030-01-31' where id = ?").param(UUID.fromString(copyId)).update();

        var refused = http().delete("/api/copies/" + barcode);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.field("type")).isEqualTo("urn:shelfwise:problem:copy-on-loan");
        assertThat(http().get("/api/copies/" + barcode).status()).isEqualTo(200);
    }

    @Test
    void publishesTheWholeNewStateOfARevisedBook() {
        String id = create(Isbns.unique()).field("id");
        http().header("If-Match", "\"0\"").patch("/api/books/" + id, "{\"title\":\"Les Misérables (abridged)\"}");
        var values = events("shelfwise.catalog.books", id, 2);
        assertThat(values.get(1)).contains("\"type\":\"BookUpdated\"").contains("Les Misérables (abridged)")
                .contains("\"authors\":[\"Victor Hugo\"]").contains("\"version\":1");
    }

    List<String> eventTypes(String topic, String key, int count) {
        return events(topic, key, count).stream()
                .map(v -> v.replaceAll(".*\"type\":\"([A-Za-z]+)\".*", "$1")).toList();
    }

    List<String> events(String topic, String key, int count) {
        List<String> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                "bootstrap.servers", kafka, "group.id", "test-" + UUID.randomUUID(), "auto.offset.reset", "earliest",
                "key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer",
                "value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer"))) {
            consumer.subscribe(List.of(topic));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> {
                    if (r.key().equals(key)) {
                        seen.add(r.value());
                    }
                });
                return seen.size() >= count;
            });
        }
        return seen;
    }
}
