package org.shelfwise.catalog.books;

import org.junit.jupiter.api.Test;
import org.shelfwise.catalog.Isbns;
import org.shelfwise.catalog.caching.CachedData;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.cache.CacheManager;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /api/books/lookup}: many books by id in one call, with their copies, public, from the cache. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class BookLookupIT {

    @LocalServerPort
    int port;
    @Autowired
    CacheManager caches;
    @Autowired
    Copies copies;

    HttpJson desk() {
        return new HttpJson(port, TestTokens.librarian());
    }

    HttpJson anyone() {
        return new HttpJson(port, null);
    }

    String addBook(String title, String... barcodes) {
        var book = desk().post("/api/books", """
                {"title":"%s","authors":["Mary Shelley","Percy Shelley"],"isbn":"%s","publicationYear":1818}"""
                .formatted(title, Isbns.unique()));
        assertThat(book.status()).isEqualTo(201);
        for (String barcode : barcodes) {
            assertThat(desk().post("/api/books/" + book.field("id") + "/copies", """
                    {"barcode":"%s","shelfMark":"823 SHE","location":"Main / Fiction"}""".formatted(barcode))
                    .status()).isEqualTo(201);
        }
        return book.field("id");
    }

    static String barcode() {
        return "LK" + UUID.randomUUID().toString().substring(0, 8);
    }

    @Test
    void answersEachKnownBookOnceInTheOrderAskedWithItsCopiesAndWithoutAToken() {
        String onShelf = barcode();
        String lent = barcode();
        String frankenstein = addBook("Frankenstein", onShelf, lent);
        String noCopies = addBook("The Last Man");
        var lentCopy = desk().get("/api/copies/" + lent).field("id");
        assertThat(copies.markOnLoan(UUID.fromString(lentCopy), LocalDate.of(2026, 12, 24))).isPresent();
        String unknown = UUID.randomUUID().toString();

        var answer = anyone().get("/api/books/lookup?ids=" + noCopies + "," + unknown + "&ids=" + frankenstein
                + "&ids=" + noCopies);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode books = answer.body();
        assertThat(books).hasSize(2);
        assertThat(books.get(0).get("id").asString()).isEqualTo(noCopies);
        assertThat(books.get(0).get("copies")).isEmpty();
        assertThat(books.get(0).get("availableCopies").asInt()).isZero();
        JsonNode book = books.get(1);
        assertThat(book.get("id").asString()).isEqualTo(frankenstein);
        assertThat(book.get("title").asString()).isEqualTo("Frankenstein");
        assertThat(book.get("authors").get(1).asString()).isEqualTo("Percy Shelley");
        assertThat(book.get("isbn").asString()).hasSize(13);
        assertThat(book.get("publicationYear").asInt()).isEqualTo(1818);
        assertThat(book.get("availableCopies").asInt()).isEqualTo(1);
        assertThat(book.get("copies")).hasSize(2);
        JsonNode copy = book.get("copies").get(lent.compareTo(onShelf) < 0 ? 0 : 1);
        assertThat(copy.get("barcode").asString()).isEqualTo(lent);
        assertThat(copy.get("status").asString()).isEqualTo("ON_LOAN");
        assertThat(copy.get("dueDate").asString()).isEqualTo("2026-12-24");
        assertThat(copy.get("shelfMark").asString()).isEqualTo("823 SHE");
        assertThat(copy.get("location").asString()).isEqualTo("Main / Fiction");
    }

    @Test
    void answersAnEmptyListWhenNoIdIsKnown() {
        var answer = anyone().get("/api/books/lookup?ids=" + UUID.randomUUID());

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.body()).isEmpty();
    }

    @Test
    void cachesTheDetailsItReadAndSeesAnEditAtOnce() {
        String id = addBook("Mathilda");
        var cache = caches.getCache(CachedData.BOOKS);
        cache.evict(UUID.fromString(id));

        assertThat(anyone().get("/api/books/lookup?ids=" + id).body().get(0).get("title").asString())
                .isEqualTo("Mathilda");
        assertThat(cache.get(UUID.fromString(id), Book.class)).isNotNull();

        var etag = desk().get("/api/books/" + id).etag();
        assertThat(desk().header("If-Match", etag).patch("/api/books/" + id, "{\"title\":\"Matilda\"}").status())
                .isEqualTo(200);
        assertThat(anyone().get("/api/books/lookup?ids=" + id).body().get(0).get("title").asString())
                .isEqualTo("Matilda");
    }

    @Test
    void refusesMoreThanAHundredIdsNamingTheFieldAndRule() {
        String ids = IntStream.range(0, 101).mapToObj(i -> UUID.randomUUID().toString())
                .collect(Collectors.joining(","));

        var answer = anyone().get("/api/books/lookup?ids=" + ids);

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:validation");
        assertThat(answer.firstError()).isEqualTo("ids:Size");
    }

    @Test
    void acceptsExactlyAHundredIds() {
        String ids = IntStream.range(0, 100).mapToObj(i -> UUID.randomUUID().toString())
                .collect(Collectors.joining(","));

        assertThat(anyone().get("/api/books/lookup?ids=" + ids).status()).isEqualTo(200);
    }

    @Test
    void refusesAMalformedIdNamingWhichOne() {
        var answer = anyone().get("/api/books/lookup?ids=" + UUID.randomUUID() + ",not-a-uuid");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.firstError()).isEqualTo("ids[1]:type");
    }

    @Test
    void refusesALookupWithoutIds() {
        var answer = anyone().get("/api/books/lookup");

        assertThat(answer.status()).isEqualTo(400);
        assertThat(answer.firstError()).isEqualTo("ids:required");
    }
}
