package org.shelfwise.catalog.search;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shelfwise.catalog.Isbns;
import org.shelfwise.catalog.books.CopyAvailability;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Each test searches for a word made up for this run, so the books other tests add never match. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SearchIT {

    @LocalServerPort
    int port;
    @Autowired
    CopyAvailability availability;
    @Autowired
    TransactionTemplate transactions;

    final String marker = "zq" + new Random().ints(6, 'a', 'z' + 1).collect(StringBuilder::new,
            StringBuilder::appendCodePoint, StringBuilder::append);
    String emmaIsbn;

    @BeforeAll
    void catalogue() {
        add("The Hitchhiker's Guide to the Galaxy", null, "Douglas Adams", 1979, "en", "AVAILABLE", "Science fiction", "Humor");
        add("Les Misérables", null, "Victor Hugo", 1862, "fre", null, "France -- History");
        add("Crime and Punishment", "A novel in six parts", "Fyodor Dostoevsky", 1866, "en", "ON_LOAN", "Psychological fiction");
        add("Pride and Prejudice", null, "Jane Austen", 1813, "en", "AVAILABLE", "Courtship -- Fiction", "Humor");
        emmaIsbn = add("Emma", null, "Jane Austen", 1815, "en", null, "Courtship -- Fiction");
        add("Fiction and the Reading Public", null, "Q. D. Leavis", 1932, "en", null, "Books and reading");
        // the loan reaches the index as every instance's does, through the catalogue's CopyAvailabilityChanged
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(titles(q("", "&available=false"))).hasSize(4));
    }

    String add(String title, String subtitle, String author, int year, String language, String copyStatus, String... subjects) {
        String isbn = Isbns.unique();
        var http = new HttpJson(port, TestTokens.librarian());
        var book = http.post("/api/books", """
                {"title": "%s %s", "subtitle": %s, "authors": ["%s"], "isbn": "%s", "publicationYear": %d,
                 "language": "%s", "subjects": ["%s"]}""".formatted(marker, title,
                subtitle == null ? "null" : "\"" + subtitle + "\"", author, isbn, year, language, String.join("\",\"", subjects)));
        assertThat(book.status()).isEqualTo(201);
        if (copyStatus != null) {
            String barcode = "S-" + UUID.randomUUID().toString().substring(0, 8);
            String copyId = http.post("/api/books/" + book.body().get("id").asString() + "/copies",
                    "{\"barcode\":\"" + barcode + "\"}").body().get("id").asString();
            if (copyStatus.equals("ON_LOAN")) {
                lend(copyId);
            }
        }
        return isbn;
    }

    /** What circulation's ItemCheckedOut event does here. */
    void lend(String copyId) {
        transactions.executeWithoutResult(status -> availability.onLoan(UUID.fromString(copyId), LocalDate.now().plusDays(14)));
    }

    JsonNode search(String query) {
        var response = new HttpJson(port).get("/api/books?" + query);
        assertThat(response.status()).as(query).isEqualTo(200);
        return response.body();
    }

    JsonNode q(String words, String... more) {
        return search("q=" + URLEncoder.encode(marker + " " + words, StandardCharsets.UTF_8) + String.join("", more));
    }

    static List<String> titles(JsonNode results) {
        return StreamSupport.stream(results.get("content").spliterator(), false)
                .map(hit -> hit.get("title").asString().replaceFirst("^zq[a-z]+ ", "")).toList();
    }

    @Test
    void ranksATitleMatchAboveSubjectMatches() {
        var results = q("fiction");
        assertThat(titles(results).getFirst()).isEqualTo("Fiction and the Reading Public");
        assertThat(titles(results)).containsExactlyInAnyOrder("Fiction and the Reading Public", "Crime and Punishment",
                "Pride and Prejudice", "Emma", "The Hitchhiker's Guide to the Galaxy");
    }

    @Test
    void ignoresCaseAndAccents() {
        assertThat(titles(q("MISERABLES"))).containsExactly("Les Misérables");
        assertThat(titles(q("misérables"))).containsExactly("Les Misérables");
        assertThat(q("misérables").get("searchedFor").isNull()).as("an accent is not a typo").isTrue();
        assertThat(titles(q("Dostoevsky"))).containsExactly("Crime and Punishment");
        // the French spelling: the accent goes, and the extra letter is a typo away
        assertThat(titles(q("Dostoïevski "))).containsExactly("Crime and Punishment");
    }

    @Test
    void matchesOtherFormsOfAWord() {
        assertThat(titles(q("novels "))).containsExactly("Crime and Punishment");
    }

    @Test
    void correctsSmallTyposAndSaysWhatItSearchedFor() {
        var results = q("prejudise ");
        assertThat(titles(results)).containsExactly("Pride and Prejudice");
        assertThat(results.get("searchedFor").get(1).asString()).isEqualTo("prejudice");
        assertThat(titles(q("hitchiker "))).containsExactly("The Hitchhiker's Guide to the Galaxy");
        // two letters swapped are one edit, in a short word too
        assertThat(titles(q("emam "))).containsExactly("Emma");
        assertThat(titles(q("cirme "))).containsExactly("Crime and Punishment");
    }

    @Test
    void matchesTheStartOfTheLastWordForSearchAsYouType() {
        assertThat(titles(q("pun"))).containsExactly("Crime and Punishment");
        assertThat(titles(q("jane aus"))).containsExactlyInAnyOrder("Pride and Prejudice", "Emma");
    }

    @Test
    void findsABookByItsIsbnInAnyForm() {
        var results = search("q=" + emmaIsbn.substring(0, 3) + "-" + emmaIsbn.substring(3));
        assertThat(titles(results)).containsExactly("Emma");
        assertThat(results.get("page").get("totalElements").asLong()).isEqualTo(1);
    }

    @Test
    void narrowsByAuthorSubjectLanguageYearsAndAvailability() {
        assertThat(titles(q("", "&author=Jane%20Austen"))).containsExactlyInAnyOrder("Pride and Prejudice", "Emma");
        assertThat(titles(q("", "&subject=Humor"))).containsExactlyInAnyOrder("Pride and Prejudice",
                "The Hitchhiker's Guide to the Galaxy");
        assertThat(titles(q("", "&language=fr"))).containsExactly("Les Misérables");
        assertThat(titles(q("", "&yearFrom=1850&yearTo=1900"))).containsExactlyInAnyOrder("Les Misérables",
                "Crime and Punishment");
        assertThat(titles(q("", "&available=true"))).containsExactlyInAnyOrder("Pride and Prejudice",
                "The Hitchhiker's Guide to the Galaxy");
    }

    @Test
    void countsFacetsOverAllMatchesNotJustThePage() {
        var results = q("", "&size=1");
        var facets = results.get("facets");
        assertThat(results.get("page").get("totalElements").asLong()).isEqualTo(6);
        assertThat(facets.get("authors").get(0).get("value").asString()).isEqualTo("Jane Austen");
        assertThat(facets.get("authors").get(0).get("count").asLong()).isEqualTo(2);
        assertThat(facets.get("languages").toString()).isEqualTo("[{\"value\":\"en\",\"count\":5},{\"value\":\"fr\",\"count\":1}]");
        assertThat(facets.get("subjects").get(0).toString()).isEqualTo("{\"value\":\"Courtship -- Fiction\",\"count\":2}");
        assertThat(facets.get("availability").toString())
                .isEqualTo("[{\"value\":\"available\",\"count\":2},{\"value\":\"unavailable\",\"count\":4}]");
        var hit = q("hitchhiker").get("content").get(0);
        assertThat(hit.get("copies").asInt()).isEqualTo(1);
        assertThat(hit.get("availableCopies").asInt()).isEqualTo(1);
    }

    @Test
    void pagesThroughASortedResultWithoutOverlapsOrGaps() {
        List<String> paged = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            paged.addAll(titles(q("", "&sort=title&size=2&page=" + page)));
        }
        assertThat(paged).containsExactly("Crime and Punishment", "Emma", "Fiction and the Reading Public",
                "Les Misérables", "Pride and Prejudice", "The Hitchhiker's Guide to the Galaxy");
        assertThat(titles(q("", "&sort=newest")).getFirst()).isEqualTo("The Hitchhiker's Guide to the Galaxy");
        assertThat(titles(q("", "&sort=year")).getFirst()).isEqualTo("Pride and Prejudice");
    }

    @Test
    void aCachedSearchShowsALoanAtOnceWhileASearchForAvailableBooksIsAskedAgain() {
        var http = new HttpJson(port, TestTokens.librarian());
        String word = marker + "shelf";
        String bookId = http.post("/api/books", """
                {"title": "%s", "authors": ["Ann Author"], "isbn": "%s"}""".formatted(word, Isbns.unique()))
                .body().get("id").asString();
        String copyId = http.post("/api/books/" + bookId + "/copies", "{\"barcode\":\"S-" + word + "\"}")
                .body().get("id").asString();
        // the book's and copy's own events come back from Kafka and clear the caches once more, as they should;
        // two answers in a row from the cache once nothing clears in between
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            double hits = cacheHits("searches");
            assertThat(search("q=" + word).get("content").get(0).get("availableCopies").asInt()).isEqualTo(1);
            assertThat(search("q=" + word).get("content").get(0).get("availableCopies").asInt()).isEqualTo(1);
            assertThat(cacheHits("searches")).isEqualTo(hits + 1);
        });
        assertThat(search("q=" + word + "&available=true").get("content")).hasSize(1);

        lend(copyId);

        double hits = cacheHits("searches");
        var hit = search("q=" + word).get("content").get(0);
        assertThat(cacheHits("searches")).as("still answered from the cache").isEqualTo(hits + 1);
        assertThat(hit.get("copies").asInt()).isEqualTo(1);
        assertThat(hit.get("availableCopies").asInt()).as("counted afresh").isZero();
        // once the index has the loan (its event, then the next refresh), the cached answer is cleared
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() ->
                assertThat(search("q=" + word + "&available=true").get("content")).as("asked again").isEmpty());
        assertThat(search("q=" + word + "&available=false").get("content")).hasSize(1);
    }

    double cacheHits(String cache) {
        var metric = new HttpJson(port, TestTokens.admin()).get("/actuator/metrics/cache.gets?tag=cache:" + cache
                + "&tag=result:hit");
        return metric.status() == 404 ? 0 : metric.body().get("measurements").get(0).get("value").asDouble();
    }

    @Test
    void pagesOnWithCursorsInEveryOrderAsByNumber() {
        for (String sort : new String[] {"title", "year", "newest", "relevance"}) {
            var byNumber = new ArrayList<String>();
            for (int page = 0; page < 3; page++) {
                byNumber.addAll(titles(q("", "&sort=" + sort + "&size=2&page=" + page)));
            }
            var byCursor = new ArrayList<String>();
            var results = q("", "&sort=" + sort + "&size=2");
            byCursor.addAll(titles(results));
            while (results.get("next").isString()) {
                results = q("", "&sort=" + sort + "&size=2&after=" + results.get("next").asString());
                byCursor.addAll(titles(results));
            }
            assertThat(byCursor).as(sort).hasSize(6).containsExactlyElementsOf(byNumber);
            assertThat(results.get("page").get("number").asInt()).as(sort).isEqualTo(2);
        }
    }

    @Test
    void refusesCursorsItDidNotGiveAndPagesTooDeepNamingTheField() {
        var http = new HttpJson(port);
        String titleCursor = q("", "&sort=title&size=2").get("next").asString();
        assertThat(field(http.get("/api/books?sort=title&page=1&after=" + titleCursor))).isEqualTo("page");
        assertThat(field(http.get("/api/books?sort=year&after=" + titleCursor))).isEqualTo("after");
        assertThat(field(http.get("/api/books?after=bm90LWEtY3Vyc29y"))).isEqualTo("after");
        assertThat(field(http.get("/api/books?after=%25%25"))).isEqualTo("after");
        var tooDeep = http.get("/api/books?page=50&size=20");
        assertThat(tooDeep.status()).isEqualTo(400);
        assertThat(tooDeep.body().get("errors").get(0).get("field").asString()).isEqualTo("page");
        assertThat(tooDeep.body().get("errors").get(0).get("message").asString()).contains("after");
        assertThat(http.get("/api/books?page=49&size=20").status()).isEqualTo(200);
    }

    private static String field(HttpJson.Response response) {
        assertThat(response.status()).isEqualTo(400);
        return response.body().get("errors").get(0).get("field").asString();
    }

    @Test
    void rejectsParametersThatMakeNoSenseNamingThem() {
        var http = new HttpJson(port, TestTokens.librarian());
        assertThat(http.get("/api/books?q=x&sort=banana").body().get("errors").get(0).get("field").asString()).isEqualTo("sort");
        assertThat(http.get("/api/books?yearFrom=1900&yearTo=1800").body().get("errors").get(0).get("field").asString())
                .isEqualTo("yearTo");
        assertThat(http.get("/api/books?language=xx").status()).isEqualTo(400);
        assertThat(http.get("/api/books?available=perhaps").body().get("errors").get(0).get("field").asString())
                .isEqualTo("available");
    }
}
