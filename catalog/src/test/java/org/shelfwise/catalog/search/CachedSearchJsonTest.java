package org.shelfwise.catalog.search;

import org.junit.jupiter.api.Test;
import org.shelfwise.platform.input.StrictJson;
import org.shelfwise.platform.web.PageResponse;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** What the search cache keeps in Redis reads back with the services' strict JSON rules. */
class CachedSearchJsonTest {

    @Test
    void aCachedPageOfResultsReadsBackAsWritten() {
        var builder = JsonMapper.builder();
        new StrictJson().customize(builder);
        var json = builder.build();
        var results = new SearchResults(List.of(new SearchResults.Hit(UUID.randomUUID(), "Dune", null, List.of("Frank Herbert"),
                "9780441013593", null, 1965, "en", List.of(), null, null, null)),
                new PageResponse.PageMetadata(0, 20, 1, 1), null,
                new SearchResults.Facets(List.of(new SearchResults.Count("Frank Herbert", 1)), List.of(), List.of(), List.of()),
                List.of("dune"));
        byte[] written = json.writeValueAsBytes(results);
        System.out.println(new String(written));
        assertThat(json.readValue(written, SearchResults.class)).isEqualTo(results);
    }
}
