package org.shelfwise.catalog.books;

import org.apache.kafka.clients.consumer.ConsumerRecord;
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

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class BooksIT {

    @LocalServerPort
    int port;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;
    @Autowired
    JdbcClient jdbc;

    HttpJson http() {
        return new HttpJson(port, TestTokens.librarian());
    }

    String addBook(String title) {
        var created = http().post("/api/books",
                "{\"title\":\"" + title + "\",\"authors\":[\"Jane Austen\"],\"isbn\":\"" + Isbns.unique() + "\"}");
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    @Test
    void addsABookAndReadsItBack() {
        String isbn10 = "0-306-40615-2";
        jdbc.sql("delete from book where isbn = '9780306406157'").update();
        var created = http().post("/api/books", """
                {"title": " Pride and Prejudice ", "authors": ["Jane Austen"], "isbn": "%s"}""".formatted(isbn10));
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();

        var read = http().get("/api/books/" + id);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body().get("title").asString()).isEqualTo("Pride and Prejudice");
        assertThat(read.body().get("isbn").asString()).isEqualTo("9780306406157");
        assertThat(read.body().get("authors").get(0).asString()).isEqualTo("Jane Austen");
    }

    @Test
    void listsBooksPageByPage() {
        for (int i = 0; i < 3; i++) {
            addBook("Paged " + i);
        }
        var page = http().get("/api/books?page=0&size=2");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body().get("content").size()).isEqualTo(2);
        assertThat(page.body().get("page").get("totalElements").asLong()).isGreaterThanOrEqualTo(3);
        assertThat(http().get("/api/books?size=0").body().get("errors").get(0).get("field").asString()).isEqualTo("size");
    }

    @Test
    void refusesASecondBookWithTheSameIsbn() {
        String isbn = Isbns.unique();
        String body = "{\"title\":\"Emma\",\"authors\":[\"Jane Austen\"],\"isbn\":\"" + isbn + "\"}";
        assertThat(http().post("/api/books", body).status()).isEqualTo(201);
        var second = http().post("/api/books", body);
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().get("errors").get(0).get("field").asString()).isEqualTo("isbn");
        assertThat(jdbc.sql("select count(*) from book where isbn = ?").param(isbn).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void rejectsBadInputNamingTheFieldAndRuleAndChangesNothing() {
        long before = jdbc.sql("select count(*) from book").query(Long.class).single();
        Map<String, String> fieldByBody = Map.of(
                "{\"title\":\"\",\"authors\":[\"A\"],\"isbn\":\"9780141439518\"}", "title",
                "{\"title\":\"T\",\"authors\":[\"A\"],\"isbn\":\"9780141439519\"}", "isbn",
                "{\"title\":\"T\",\"contributors\":[{\"name\":\" \",\"kind\":\"PERSON\"}]}", "contributors[0].name",
                "{\"title\":\"T\",\"identifiers\":{\"isbns\":[\"12345\"]}}", "identifiers.isbns[0]",
                "{\"title\":\"T\",\"nonFilingCharacters\":12}", "nonFilingCharacters",
                "{\"title\":\"T\",\"format\":\"scroll\"}", "format",
                "{\"title\":\"T\",\"links\":[{\"url\":\"javascript:alert(1)\"}]}", "links[0].url",
                "{\"title\":\"T\",\"authors\":\"A\",\"isbn\":\"9780141439518\"}", "authors",
                "{\"title\":\"T\",\"authors\":[\"A\"],\"isbn\":", "body",
                "", "body");
        fieldByBody.forEach((body, field) -> {
            var response = http().post("/api/books", body);
            assertThat(response.status()).as(body).isEqualTo(400);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:validation");
            assertThat(response.body().get("errors").get(0).get("field").asString()).as(body).isEqualTo(field);
            assertThat(response.body().get("errors").get(0).get("rule").asString()).as(body).isNotBlank();
        });
        var emptyAuthor = http().post("/api/books", "{\"title\":\"T\",\"authors\":[\" \"],\"isbn\":\"9780141439518\"}");
        assertThat(emptyAuthor.body().get("errors").get(0).get("field").asString()).isEqualTo("authors[0]");
        assertThat(emptyAuthor.body().get("errors").get(0).get("rule").asString()).isEqualTo("NotBlank");
        assertThat(jdbc.sql("select count(*) from book").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void answersUnknownAndMalformedIdsWithProblems() {
        var missing = http().get("/api/books/" + UUID.randomUUID());
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.contentType()).isEqualTo("application/problem+json");
        var malformed = http().get("/api/books/not-a-uuid");
        assertThat(malformed.status()).isEqualTo(400);
        assertThat(malformed.body().get("errors").get(0).get("field").asString()).isEqualTo("id");
    }

    @Test
    void addsCopiesWithUniqueBarcodes() {
        String bookId = addBook("Persuasion");
        var copy = http().post("/api/books/" + bookId + "/copies", "{\"barcode\":\"CPY-" + bookId.substring(0, 8) + "\"}");
        assertThat(copy.status()).isEqualTo(201);
        assertThat(copy.body().get("status").asString()).isEqualTo("AVAILABLE");

        var again = http().post("/api/books/" + bookId + "/copies", "{\"barcode\":\"CPY-" + bookId.substring(0, 8) + "\"}");
        assertThat(again.status()).isEqualTo(409);
        assertThat(http().get("/api/books/" + bookId + "/copies").body().size()).isEqualTo(1);
        assertThat(http().post("/api/books/" + bookId + "/copies", "{\"barcode\":\"no spaces\"}").status()).isEqualTo(400);
        assertThat(http().post("/api/books/" + UUID.randomUUID() + "/copies", "{\"barcode\":\"X1\"}").status()).isEqualTo(404);
    }

    @Test
    void publishesCopyAddedAndRemovalThroughTheOutbox() {
        String bookId = addBook("Northanger Abbey");
        String barcode = "EVT-" + bookId.substring(0, 8);
        String copyId = http().post("/api/books/" + bookId + "/copies", "{\"barcode\":\"" + barcode + "\"}").body().get("id").asString();
        assertThat(http().delete("/api/books/" + bookId).status()).isEqualTo(204);
        assertThat(http().get("/api/books/" + bookId).status()).isEqualTo(404);

        List<ConsumerRecord<String, String>> seen = new ArrayList<>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                "bootstrap.servers", kafka, "group.id", "test-" + UUID.randomUUID(), "auto.offset.reset", "earliest",
                "key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer",
                "value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer"))) {
            consumer.subscribe(List.of("shelfwise.catalog.copies"));
            await().atMost(Duration.ofSeconds(20)).until(() -> {
                consumer.poll(Duration.ofMillis(200)).forEach(seen::add);
                return seen.stream().filter(r -> r.key().equals(copyId)).count() == 2;
            });
        }
        var forCopy = seen.stream().filter(r -> r.key().equals(copyId)).map(ConsumerRecord::value).toList();
        assertThat(forCopy.get(0)).contains("\"type\":\"CopyAdded\"").contains(barcode).contains("Northanger Abbey");
        assertThat(forCopy.get(1)).contains("\"type\":\"CopyRemoved\"");
        assertThat(jdbc.sql("select count(*) from outbox").query(Long.class).single()).isZero();
    }
}
