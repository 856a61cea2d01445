package org.shelfwise.catalog.books;

import jakarta.validation.Valid;
import org.shelfwise.platform.web.Revision;
import org.shelfwise.catalog.books.BookRequests.BookInput;
import org.shelfwise.catalog.books.BookViews.BookView;
import org.shelfwise.catalog.books.BookViews.HoldingsView;
import org.shelfwise.platform.problems.FieldProblem;
import org.shelfwise.platform.problems.NotFound;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Bibliographic records: add, read, replace, patch and remove (listing and search: {@code search}); each answer about
 * one record carries its ETag. Many records at once, with their copies: {@code /lookup}.
 */
@RestController
@RequestMapping("/api/books")
class BookController {

    /** The most books one lookup may ask for: a patron's loans and holds, a page of a reading list. */
    static final int MAX_LOOKUP = 100;

    private final Catalogue catalogue;
    private final Books books;
    private final MergePatch mergePatch;
    private final BookLookup lookup;

    BookController(Catalogue catalogue, Books books, MergePatch mergePatch, BookLookup lookup) {
        this.catalogue = catalogue;
        this.books = books;
        this.mergePatch = mergePatch;
        this.lookup = lookup;
    }

    @PostMapping
    ResponseEntity<BookView> add(@Valid @RequestBody BookInput request) {
        var book = catalogue.add(request.toDetails());
        return ResponseEntity.created(URI.create("/api/books/" + book.id())).eTag(Revision.etag(book.version()))
                .body(BookView.of(book));
    }

    /**
     * Many books by id in one call, each with its copies ({@code ids=a,b}, {@code ids=a&ids=b} or both, at most
     * {@value #MAX_LOOKUP}): in the order asked, each once, unknown ids left out.
     */
    @GetMapping("/lookup")
    List<HoldingsView> lookup(@RequestParam List<String> ids) {
        return lookup.find(bookIds(ids)).stream().map(HoldingsView::of).toList();
    }

    // Spring splits one value at commas but not several, so "ids=a,b&ids=c" arrives as ["a,b", "c"].
    private static List<UUID> bookIds(List<String> values) {
        var ids = new ArrayList<UUID>();
        for (var value : values) {
            for (var id : value.split(",", -1)) {
                if (ids.size() == MAX_LOOKUP) {
                    throw new InvalidRequest(List.of(new FieldProblem("ids", "Size",
                            "must name at most " + MAX_LOOKUP + " books")));
                }
                try {
                    ids.add(UUID.fromString(id.strip()));
                } catch (IllegalArgumentException e) {
                    throw new InvalidRequest(List.of(new FieldProblem("ids[" + ids.size() + "]", "type",
                            "must be a valid uuid")));
                }
            }
        }
        if (ids.isEmpty()) {
            throw new InvalidRequest(List.of(new FieldProblem("ids", "required", "is required")));
        }
        return ids;
    }

    @GetMapping("/{id}")
    ResponseEntity<BookView> get(@PathVariable UUID id) {
        return found(books.find(id).orElseThrow(() -> new NotFound("Book", id)));
    }

    @PutMapping("/{id}")
    ResponseEntity<BookView> replace(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                     String ifMatch, @Valid @RequestBody BookInput request) {
        var revision = Revision.required(ifMatch);
        var details = request.toDetails();
        return found(catalogue.revise(id, current -> details, revision));
    }

    /** An RFC 7386 merge patch: only the members sent change, {@code null} clears one. */
    @PatchMapping(path = "/{id}", consumes = {"application/merge-patch+json", "application/json"})
    ResponseEntity<BookView> patch(@PathVariable UUID id, @RequestHeader(value = HttpHeaders.IF_MATCH, required = false)
                                   String ifMatch, @RequestBody JsonNode patch) {
        var revision = Revision.required(ifMatch);
        return found(catalogue.revise(id,
                current -> mergePatch.apply(BookInput.of(current).forPatch(patch), patch, BookInput.class).toDetails(),
                revision));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@PathVariable UUID id,
                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        catalogue.remove(id, Revision.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<BookView> found(Book book) {
        return Revision.current(book.version()).body(BookView.of(book));
    }
}
