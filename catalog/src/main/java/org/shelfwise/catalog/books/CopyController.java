package org.shelfwise.catalog.books;

import jakarta.validation.Valid;
import org.shelfwise.catalog.books.BookRequests.NewCopy;
import org.shelfwise.catalog.books.BookViews.CopyView;
import org.shelfwise.platform.problems.NotFound;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;
import java.util.UUID;

/** The physical copies of books. */
@RestController
class CopyController {

    private final Catalogue catalogue;
    private final Books books;
    private final Copies copies;

    CopyController(Catalogue catalogue, Books books, Copies copies) {
        this.catalogue = catalogue;
        this.books = books;
        this.copies = copies;
    }

    @PostMapping("/api/books/{id}/copies")
    ResponseEntity<CopyView> add(@PathVariable UUID id, @Valid @RequestBody NewCopy request) {
        var copy = catalogue.addCopy(id, request);
        return ResponseEntity.created(URI.create("/api/copies/" + copy.barcode())).body(CopyView.of(copy));
    }

    @GetMapping("/api/books/{id}/copies")
    List<CopyView> ofBook(@PathVariable UUID id) {
        books.find(id).orElseThrow(() -> new NotFound("Book", id));
        return copies.ofBook(id).stream().map(CopyView::of).toList();
    }

    @GetMapping("/api/copies/{barcode}")
    CopyView get(@PathVariable String barcode) {
        return copies.findByBarcode(barcode).map(CopyView::of).orElseThrow(() -> new NotFound("Copy", "barcode", barcode));
    }
}
