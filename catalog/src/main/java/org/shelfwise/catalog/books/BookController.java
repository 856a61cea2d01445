package org.shelfwise.catalog.books;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.shelfwise.catalog.books.BookRequests.NewBook;
import org.shelfwise.catalog.books.BookViews.BookView;
import org.shelfwise.platform.problems.NotFound;
import org.shelfwise.platform.web.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/** Bibliographic records: add, read, list and remove. */
@RestController
@RequestMapping("/api/books")
class BookController {

    private final Catalogue catalogue;
    private final Books books;

    BookController(Catalogue catalogue, Books books) {
        this.catalogue = catalogue;
        this.books = books;
    }

    @PostMapping
    ResponseEntity<BookView> add(@Valid @RequestBody NewBook request) {
        var book = catalogue.add(request);
        return ResponseEntity.created(URI.create("/api/books/" + book.id())).body(BookView.of(book));
    }

    @GetMapping("/{id}")
    BookView get(@PathVariable UUID id) {
        return books.find(id).map(BookView::of).orElseThrow(() -> new NotFound("Book", id));
    }

    @GetMapping
    PageResponse<BookView> list(@RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(books.page(page, size).stream().map(BookView::of).toList(), page, size, books.count());
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> remove(@PathVariable UUID id) {
        catalogue.remove(id);
        return ResponseEntity.noContent().build();
    }
}
