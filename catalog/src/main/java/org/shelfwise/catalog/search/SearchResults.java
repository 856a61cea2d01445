package org.shelfwise.catalog.search;

import org.shelfwise.platform.web.PageResponse.PageMetadata;

import java.util.List;
import java.util.UUID;

/**
 * One page of search results with the facet counts over all matches (null when not asked for), and the words
 * actually searched when typos were corrected.
 */
record SearchResults(List<Hit> content, PageMetadata page, String next, Facets facets, List<String> searchedFor) {

    /**
     * A book as a result list shows it, with how many of its copies exist and are on the shelf: counted afresh for
     * every answer ({@link ShelfCounts}), null in what the cache keeps.
     */
    record Hit(UUID id, String title, String subtitle, List<String> authors, String isbn, String publisher,
               Integer publicationYear, String language, List<String> subjects, String edition, String format,
               List<String> originalScript, Integer copies, Integer availableCopies) {

        Hit withCounts(int copies, int availableCopies) {
            return new Hit(id, title, subtitle, authors, isbn, publisher, publicationYear, language, subjects, edition,
                    format, originalScript, copies, availableCopies);
        }
    }

    SearchResults withContent(List<Hit> content) {
        return new SearchResults(content, page, next, facets, searchedFor);
    }

    /** The most frequent values among all matches, ten of each at most. */
    record Facets(List<Count> authors, List<Count> subjects, List<Count> languages, List<Count> formats,
                  List<Count> availability) {
    }

    record Count(String value, long count) {
    }
}
