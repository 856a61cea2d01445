package org.shelfwise.web.opac;

import java.util.List;
import java.util.UUID;

import org.shelfwise.web.api.Page;

/**
 * The catalogue's answer to a search: one page of ranked hits, the facets of all matches, and the words it searched
 * for instead when the ones typed matched nothing ({@code searchedFor}, null when it searched for what was typed).
 */
public record Results(List<Hit> content, Page.Metadata page, Facets facets, List<String> searchedFor) {

    public Results {
        content = content == null ? List.of() : content;
    }

    /** One book in the results. */
    public record Hit(UUID id, String title, String subtitle, List<String> authors, Integer publicationYear,
                      String language, String format, Integer copies, Integer availableCopies) {
    }

    /** The most frequent values among all matches. */
    public record Facets(List<Count> authors, List<Count> subjects, List<Count> languages, List<Count> formats,
                         List<Count> availability) {

        /** How many matches have a copy on the shelf now. */
        public long availableNow() {
            return availability == null ? 0 : availability.stream().filter(c -> "available".equals(c.value()))
                    .mapToLong(Count::count).sum();
        }
    }

    /** One facet value and how many matches have it. */
    public record Count(String value, long count) {
    }

    /** The corrected query ("did you mean"), or null when the words typed were searched for. */
    public String correction() {
        return searchedFor == null || searchedFor.isEmpty() ? null : String.join(" ", searchedFor);
    }

    public long total() {
        return page == null ? content.size() : page.totalElements();
    }
}
