package org.shelfwise.web.catalogue;

import java.util.List;
import java.util.UUID;

import org.shelfwise.web.api.Page;

/** The catalogue's answer to a search: one page of hits, the next page's cursor, and the facets of all matches. */
public record SearchAnswer(List<Hit> content, Page.Metadata page, String next, Facets facets) {

    /** One book in the results, with how many copies it has and how many are on the shelf. */
    public record Hit(UUID id, String title, String subtitle, List<String> authors, Integer publicationYear,
                      String language, Integer copies, Integer availableCopies) {
    }

    /** The most frequent values among all matches. */
    public record Facets(List<Count> authors, List<Count> subjects, List<Count> languages) {
    }

    /** One facet value and how many matches have it. */
    public record Count(String value, long count) {
    }
}
