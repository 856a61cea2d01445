package org.shelfwise.catalog.books;

import jakarta.validation.Valid;
import org.shelfwise.platform.web.Revision;
import org.shelfwise.catalog.books.BookRequests.NewCopy;
import org.shelfwise.catalog.books.BookRequests.ShelvingInput;
import org.shelfwise.catalog.books.BookViews.CopyView;
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
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The physical copies of books, addressed by barcode; each answer about one copy carries its ETag. */
@RestController
class CopyController {

    private final Holdings holdings;
    private final Books books;
    private final Copies copies;
    private final MergePatch mergePatch;

    CopyController(Holdings holdings, Books books, Copies copies, MergePatch mergePatch) {
        this.holdings = holdings;
        this.books = books;
        this.copies = copies;
        this.mergePatch = mergePatch;
    }

    @PostMapping("/api/books/{id}/copies")
    ResponseEntity<CopyView> add(@PathVariable UUID id, @Valid @RequestBody NewCopy request) {
        var copy = holdings.add(id, request.barcode().strip(), request.shelving());
        return ResponseEntity.created(URI.create("/api/copies/" + copy.barcode())).eTag(Revision.etag(copy.version()))
                .body(CopyView.of(copy));
    }

    @GetMapping("/api/books/{id}/copies")
    List<CopyView> ofBook(@PathVariable UUID id) {
        books.find(id).orElseThrow(() -> new NotFound("Book", id));
        return copies.ofBook(id).stream().map(CopyView::of).toList();
    }

    @GetMapping("/api/copies/{barcode}")
    ResponseEntity<CopyView> get(@PathVariable String barcode) {
        return found(copies.findByBarcode(barcode).orElseThrow(() -> new NotFound("Copy", "barcode", barcode)));
    }

    @PutMapping("/api/copies/{barcode}")
    ResponseEntity<CopyView> replace(@PathVariable String barcode, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch, @Valid @RequestBody ShelvingInput request) {
        var revision = Revision.required(ifMatch);
        var shelving = request.shelving();
        return found(holdings.reshelve(barcode, current -> shelving, revision));
    }

    /** An RFC 7386 merge patch of the shelf mark, location, note, branch and item type. */
    @PatchMapping(path = "/api/copies/{barcode}", consumes = {"application/merge-patch+json", "application/json"})
    ResponseEntity<CopyView> patch(@PathVariable String barcode, @RequestHeader(value = HttpHeaders.IF_MATCH,
            required = false) String ifMatch, @RequestBody JsonNode patch) {
        var revision = Revision.required(ifMatch);
        return found(holdings.reshelve(barcode,
                current -> mergePatch.apply(ShelvingInput.of(current), patch, ShelvingInput.class).shelving(), revision));
    }

    @DeleteMapping("/api/copies/{barcode}")
    ResponseEntity<Void> remove(@PathVariable String barcode,
                                @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
        holdings.remove(barcode, Revision.optional(ifMatch));
        return ResponseEntity.noContent().build();
    }

    private static ResponseEntity<CopyView> found(Copy copy) {
        return Revision.current(copy.version()).body(CopyView.of(copy));
    }
}
