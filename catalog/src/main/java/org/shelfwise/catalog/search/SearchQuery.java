package org.shelfwise.catalog.search;

import org.shelfwise.catalog.books.Format;
import org.shelfwise.catalog.books.Isbn;
import org.shelfwise.catalog.books.Language;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One search of the catalogue, validated: words to match, filters, order and page.
 *
 * @param text      what the user typed, or null to list (and filter) the whole catalogue
 * @param available true: only books with a copy on the shelf now; false: only books without; null: all
 * @param facets    whether to count authors, subjects, languages and availability over all matches
 * @param page      the page by number (0 when {@code after} is given)
 * @param after     where the page starts, from the {@code next} of the page before; null to page by number
 */
record SearchQuery(String text, String author, String subject, Language language, Format format, Integer yearFrom,
                   Integer yearTo, Boolean available, Sort sort, boolean facets, int page, int size, SearchCursor after) {

    static final int MAX_WORDS = 10;

    /** Relevance order when there are words to rank by, else by title; facets when searching or filtering. */
    static SearchQuery of(String q, String author, String subject, Language language, Format format, Integer yearFrom,
                          Integer yearTo, Boolean available, String sort, Boolean facets, int page, int size,
                          SearchCursor after) {
        String text = q == null || q.isBlank() ? null : q;
        var query = new SearchQuery(text, author, subject, language, format, yearFrom, yearTo, available, Sort.TITLE,
                facets != null && facets, page, size, after);
        boolean ranked = query.isbn().isEmpty() && !query.words().isEmpty();
        return new SearchQuery(text, author, subject, language, format, yearFrom, yearTo, available,
                Sort.parse(sort, ranked),
                facets != null ? facets : text != null || query.filtered(), page, size, after);
    }

    /** The number of the page asked for, by number or by cursor. */
    int pageNumber() {
        return after == null ? page : after.page();
    }

    /** The orders a result list can take; every one ends with the id, so that pages never overlap or skip. */
    enum Sort {
        RELEVANCE, TITLE, YEAR, NEWEST;

        static Sort parse(String text, boolean hasWords) {
            if (text == null || text.isBlank()) {
                return hasWords ? RELEVANCE : TITLE;
            }
            return valueOf(text.strip().toUpperCase(Locale.ROOT));
        }
    }

    /** The query as an ISBN when it is one: an ISBN finds its book and nothing else. */
    Optional<Isbn> isbn() {
        return Isbn.parse(text);
    }

    /** The words to match, lower-cased, in order; punctuation separates words, diacritics belong to them. */
    List<String> words() {
        if (text == null) {
            return List.of();
        }
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}\\p{M}]+"))
                .filter(word -> !word.isEmpty()).limit(MAX_WORDS).toList();
    }

    /** Search-as-you-type: the last word may be unfinished unless the user typed a space after it. */
    boolean lastWordIsPrefix() {
        return text != null && !text.isEmpty() && !Character.isWhitespace(text.charAt(text.length() - 1));
    }

    boolean filtered() {
        return author != null || subject != null || language != null || format != null || yearFrom != null || yearTo != null
                || available != null;
    }
}
