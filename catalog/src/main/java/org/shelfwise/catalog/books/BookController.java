package org.shelfwise.catalog.books;

import jakarta.validation.Valid;
import org.shelfwise.catalog.books.BookRequests.BookInput;
import org.shelfwise.catalog.books.BookViews.BookView;
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
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.util.UUID;

/** Bibliographic records: add, read, replace, patch and remove (listing and search: {@code search}); each answer carries the record's ETag. */
@RestController
@RequestMapping("/api/books")
class BookController {

    private final Catalogue catalogue;
    private final Books books;
    private final MergePatch mergePatch;

    BookController(Catalogue catalogue, Books books, MergePatch mergePatch) {
        this.catalogue = catalogue;
        this.books = books;
        this.mergePatch = mergePatch;
    }

    @PostMapping
    ResponseEntity<BookView> add(@Valid @RequestBody BookInput request) {
        var book = catalogue.add(request.toDetails());
        return ResponseEntity.created(URI.create("/api/books/" + book.id())).eTag(Revision.etag(book.version()))
                .body(BookView.of(book));
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
                current -> mergePatch.apply(BookInput.of(current), patch, BookInput.class).toDetails(), revision));
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@PathVariable UUID id,
                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        catalogue.remove(id, Revision.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<BookView> found(Book book) {
        return ResponseEntity.ok().eTag(Revision.etag(book.version())).body(BookView.of(book));
    }
}
