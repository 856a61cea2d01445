package org.shelfwise.catalog.search;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.shelfwise.catalog.books.Format;
import org.shelfwise.catalog.books.Language;
import org.shelfwise.catalog.books.ValidLanguage;
import org.shelfwise.platform.problems.FieldProblem;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

/**
 * {@code GET /api/books}: lists the catalogue, or searches it with {@code q}, narrowed by filters, with facet
 * counts whenever a search or filter is given (or {@code facets=true}). Pages by number within the first
 * {@code shelfwise.search.max-offset} matches, and by cursor ({@code after}, see {@link SearchCursor}) anywhere.
 * The answer is the same for every caller, so it says any cache may keep it if it asks again before using it
 * ({@code no-cache}; the gateway's cache is told of every change by the catalogue's events).
 */
@RestController
class SearchController {

    private static final String FORMATS = "book|ebook|serial|manuscript|score|map|video|sound_recording"
            + "|music_recording|picture|computer_file|kit|mixed_materials|object";

    private final BookSearch search;
    private final ShelfCounts shelfCounts;
    private final int maxOffset;

    SearchController(BookSearch search, ShelfCounts shelfCounts,
                     @Value("${shelfwise.search.max-offset:1000}") int maxOffset) {
        this.search = search;
        this.shelfCounts = shelfCounts;
        this.maxOffset = maxOffset;
    }

    @GetMapping("/api/books")
    ResponseEntity<SearchResults> search(@RequestParam(required = false) @Size(max = 200) String q,
                         @RequestParam(required = false) @Size(max = 200) String author,
                         @RequestParam(required = false) @Size(max = 200) String subject,
                         @RequestParam(required = false) @ValidLanguage String language,
                         @RequestParam(required = false)
                         @Pattern(regexp = FORMATS, flags = Pattern.Flag.CASE_INSENSITIVE, message = "must be one of " + FORMATS)
                         String format,
                         @RequestParam(required = false) @Min(1000) @Max(2100) Integer yearFrom,
                         @RequestParam(required = false) @Min(1000) @Max(2100) Integer yearTo,
                         @RequestParam(required = false) Boolean available,
                         @RequestParam(required = false) Boolean facets,
                         @RequestParam(required = false)
                         @Pattern(regexp = "(?i)relevance|title|year|newest", message = "must be relevance, title, year or newest")
                         String sort,
                         @RequestParam(defaultValue = "0") @Min(0) int page,
                         @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
                         @RequestParam(required = false) @Size(max = 1000) String after) {
        if (yearFrom != null && yearTo != null && yearFrom > yearTo) {
            throw new InvalidSearch(new FieldProblem("yearTo", "range", "must not be before yearFrom"));
        }
        SearchCursor cursor = null;
        if (after != null) {
            if (page != 0) {
                throw new InvalidSearch(new FieldProblem("page", "exclusive", "must not be given with after"));
            }
            try {
                cursor = SearchCursor.parse(after);
            } catch (IllegalArgumentException e) {
                throw new InvalidSearch(new FieldProblem("after", "cursor",
                        "must be the next cursor of an earlier answer to this search"));
            }
        } else if ((long) page * size >= maxOffset) {
            throw new InvalidSearch(new FieldProblem("page", "Max", "must start within the first " + maxOffset
                    + " matches (page × size); to go further, follow each answer's next cursor with after"));
        }
        var query = SearchQuery.of(q, blankToNull(author), blankToNull(subject), Language.parse(language).orElse(null),
                Format.parse(format).orElse(null), yearFrom, yearTo, available, sort, facets, page, size, cursor);
        if (cursor != null && cursor.sort() != query.sort()) {
            throw new InvalidSearch(new FieldProblem("after", "cursor",
                    "is a cursor of the " + cursor.sort().name().toLowerCase(Locale.ROOT) + " order, not of this one"));
        }
        return ResponseEntity.ok().cacheControl(CacheControl.noCache()).body(shelfCounts.addTo(search.search(query)));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
