package org.shelfwise.catalog.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.shelfwise.catalog.books.Language;
import org.shelfwise.catalog.books.ValidLanguage;
import org.shelfwise.platform.problems.FieldProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/books}: lists the catalogue, or searches it with {@code q}, narrowed by filters, with facet
 * counts whenever a search or filter is given (or {@code facets=true}).
 */
@RestController
class SearchController {

    private final BookSearch search;

    SearchController(BookSearch search) {
        this.search = search;
    }

    @GetMapping("/api/books")
    SearchResults search(@RequestParam(required = false) @Size(max = 200) String q,
                         @RequestParam(required = false) @Size(max = 200) String author,
                         @RequestParam(required = false) @Size(max = 200) String subject,
                         @RequestParam(required = false) @ValidLanguage String language,
                         @RequestParam(required = false) @Min(1000) @Max(2100) Integer yearFrom,
                         @RequestParam(required = false) @Min(1000) @Max(2100) Integer yearTo,
                         @RequestParam(required = false) Boolean available,
                         @RequestParam(required = false) Boolean facets,
                         @RequestParam(required = false)
                         @Pattern(regexp = "(?i)relevance|title|year|newest", message = "must be relevance, title, year or newest")
                         String sort,
                         @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
                         @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw new InvalidSearch(new FieldProblem("yearTo", "range", "must not be before yearFrom"));
        }
        return search.search(SearchQuery.of(q, blankToNull(author), blankToNull(subject),
                Language.parse(language).orElse(null), yearFrom, yearTo, available, sort, facets, page, size));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
