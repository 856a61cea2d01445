package org.shelfwise.web.opac;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.web.util.UriComponentsBuilder;

/**
 * A search as its URL states it ({@code /search?q=...&author=...&page=2}), so that it can be bookmarked, shared and
 * come back with the back button; every link of a results page (a facet, a filter removed, the next page) is this
 * search with one thing changed.
 *
 * @param terms the words searched for and the filters, by their names in the URL and the API alike
 * @param page  the page shown, from 0
 */
public record Search(Map<String, String> terms, int page) {

    /** The URL's names: the query, then the filters in the order the page lists them. */
    static final List<String> NAMES = List.of("q", "author", "subject", "language", "format", "yearFrom", "yearTo",
            "available");
    static final int PAGE_SIZE = 20;
    /** Pages by number reach as far as the catalogue lets them ({@code shelfwise.search.max-offset}, 1,000 matches). */
    static final int LAST_PAGE = 1000 / PAGE_SIZE;

    public Search {
        terms = Map.copyOf(terms);
    }

    /** The known, non-blank terms of a request's parameters, in the order of {@link #NAMES}. */
    static Map<String, String> termsOf(Map<String, String> parameters) {
        var terms = new LinkedHashMap<String, String>();
        NAMES.forEach(name -> {
            String value = parameters.get(name);
            if (value != null && !value.isBlank()) {
                terms.put(name, value.strip());
            }
        });
        return terms;
    }

    public String q() {
        return terms.getOrDefault("q", "");
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** The filters in force (everything but the query), in the page's order. */
    public Map<String, String> filters() {
        var filters = new LinkedHashMap<String, String>();
        NAMES.stream().filter(name -> !name.equals("q") && terms.containsKey(name))
                .forEach(name -> filters.put(name, terms.get(name)));
        return filters;
    }

    /** This search narrowed by one more filter (or with one replaced), from its first page. */
    public String with(String name, String value) {
        var changed = new LinkedHashMap<>(terms);
        changed.put(name, value);
        return url(changed, 0);
    }

    /** This search without one filter, from its first page. */
    public String without(String name) {
        var changed = new LinkedHashMap<>(terms);
        changed.remove(name);
        return url(changed, 0);
    }

    /** The number of the first result on this page, counting from 1. */
    public int firstNumber() {
        return page * PAGE_SIZE + 1;
    }

    /** Whether a next page can be asked for: there is one, and within the pages the catalogue numbers. */
    public boolean hasPageAfter(int totalPages) {
        return page + 1 < Math.min(totalPages, LAST_PAGE);
    }

    public String atPage(int number) {
        return url(terms, number);
    }

    /** The API's query for this page, facets and all: {@code /api/books?...}. */
    String api() {
        var uri = UriComponentsBuilder.fromPath("/api/books").queryParam("facets", true)
                .queryParam("size", PAGE_SIZE).queryParam("page", page);
        NAMES.stream().filter(terms::containsKey).forEach(name -> uri.queryParam(name, "{" + name + "}"));
        return uri.build().toUriString();
    }

    private static String url(Map<String, String> terms, int page) {
        var uri = UriComponentsBuilder.fromPath("/search");
        // as variables, so that every reserved character of a value is encoded (an & in a title, a + in a name)
        NAMES.stream().filter(terms::containsKey).forEach(name -> uri.queryParam(name, "{" + name + "}"));
        if (page > 0) {
            uri.queryParam("page", page + 1);
        }
        return uri.encode().buildAndExpand(terms).toUriString();
    }
}
