package org.shelfwise.catalog.search;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shelfwise.catalog.Isbns;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searches that match more books than the search samples (three here, 500 in production): estimated
 * totals and facets, said to be approximate, and relevance pages that still hold every match exactly once.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "shelfwise.search.sample=3")
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SampledSearchIT {

    @LocalServerPort
    int port;

    final String marker = "zq" + new Random().ints(6, 'a', 'z' + 1).collect(StringBuilder::new,
            StringBuilder::appendCodePoint, StringBuilder::append);
    final List<String> titles = new ArrayList<>();

    @BeforeAll
    void catalogue() {
        for (int i = 1; i <= 9; i++) {
            String title = marker + " Volume " + i;
            var book = new HttpJson(port, TestTokens.librarian()).post("/api/books", """
                    {"title": "%s", "authors": ["Ann Author"], "isbn": "%s", "language": "%s",
                     "subjects": ["Tests"]}""".formatted(title, Isbns.unique(), i % 3 == 0 ? "fr" : "en"));
            assertThat(book.status()).isEqualTo(201);
            titles.add(title);
        }
    }

    JsonNode search(String query) {
        var response = new HttpJson(port).get("/api/books?q=" + marker + query);
        assertThat(response.status()).as(query).isEqualTo(200);
        return response.body();
    }

    @Test
    void estimatesTheTotalAndTheFacetsAndSaysSo() {
        var results = search("&size=1");
        assertThat(results.get("approximate").asBoolean()).isTrue();
        long total = results.get("page").get("totalElements").asLong();
        assertThat(total).as("more than the sample of three").isGreaterThan(3);
        var facets = results.get("facets");
        assertThat(facets.get("authors").get(0).get("value").asString()).isEqualTo("Ann Author");
        assertThat(facets.get("authors").get(0).get("count").asLong()).as("every match, scaled up").isEqualTo(total);
        long languages = StreamSupport.stream(facets.get("languages").spliterator(), false)
                .mapToLong(count -> count.get("count").asLong()).sum();
        assertThat(languages).isBetween(total - 1, total + 1);
    }

    @Test
    void pagesInRelevanceOrderHoldEveryMatchOnce() {
        var seen = new ArrayList<String>();
        for (int page = 0; page < 20; page++) {
            var content = search("&size=2&page=" + page).get("content");
            if (content.isEmpty()) {
                break;
            }
            content.forEach(hit -> seen.add(hit.get("title").asString()));
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(titles);
    }

    @Test
    void cursorsPageFromTheRankedSampleIntoTheRestAndHoldEveryMatchOnce() {
        var seen = new ArrayList<String>();
        var results = search("&size=2");
        results.get("content").forEach(hit -> seen.add(hit.get("title").asString()));
        int pages = 1;
        while (results.get("next").isString()) {
            results = search("&size=2&after=" + results.get("next").asString());
            results.get("content").forEach(hit -> seen.add(hit.get("title").asString()));
            assertThat(results.get("page").get("number").asInt()).isEqualTo(pages++);
        }
        assertThat(seen).containsExactlyInAnyOrderElementsOf(titles);
    }

    @Test
    void isExactWhenTheSampleHoldsEveryMatch() {
        var results = search("%20volume%207");
        assertThat(results.get("approximate").asBoolean()).isFalse();
        assertThat(results.get("page").get("totalElements").asLong()).isEqualTo(1);
        assertThat(results.get("content").get(0).get("title").asString()).isEqualTo(marker + " Volume 7");
    }
}
