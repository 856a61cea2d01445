package org.shelfwise.catalog.books;

import org.shelfwise.catalog.CatalogTopics;
import org.shelfwise.catalog.books.BookRequests.NewBook;
import org.shelfwise.catalog.books.BookRequests.NewCopy;
import org.shelfwise.platform.outbox.Outbox;
import org.shelfwise.platform.problems.Conflict;
import org.shelfwise.platform.problems.FieldProblem;
import org.shelfwise.platform.problems.NotFound;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;

/** Adds and removes books and copies, announcing each change through the outbox. */
@Service
class Catalogue {

    private final Books books;
    private final Copies copies;
    private final Outbox outbox;
    private final Clock clock;

    Catalogue(Books books, Copies copies, Outbox outbox, Clock clock) {
        this.books = books;
        this.copies = copies;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    Book add(NewBook request) {
        var isbn = Isbn.parse(request.isbn()).orElseThrow();
        if (books.isbnTaken(isbn)) {
            throw isbnTaken(isbn);
        }
        var book = new Book(UUID.randomUUID(), request.title().strip(),
                request.authors().stream().map(String::strip).toList(), isbn, clock.instant());
        try {
            books.add(book);
        } catch (DuplicateKeyException raced) {
            throw isbnTaken(isbn);
        }
        outbox.add(CatalogTopics.BOOKS, book.id(), "BookAdded",
                new CatalogEvents.BookAdded(book.id(), book.title(), book.authors(), isbn.value()));
        return book;
    }

    @Transactional
    Copy addCopy(UUID bookId, NewCopy request) {
        var book = books.lock(bookId).orElseThrow(() -> new NotFound("Book", bookId));
        String barcode = request.barcode().strip();
        if (copies.barcodeTaken(barcode)) {
            throw barcodeTaken(barcode);
        }
        var copy = new Copy(UUID.randomUUID(), bookId, barcode, Copy.Availability.AVAILABLE, null, clock.instant());
        try {
            copies.add(copy);
        } catch (DuplicateKeyException raced) {
            throw barcodeTaken(barcode);
        }
        outbox.add(CatalogTopics.COPIES, copy.id(), "CopyAdded",
                new CatalogEvents.CopyAdded(copy.id(), barcode, bookId, book.title()));
        return copy;
    }

    /** Removes a book and its copies; refused while any copy is on loan. */
    @Transactional
    void remove(UUID bookId) {
        books.lock(bookId).orElseThrow(() -> new NotFound("Book", bookId));
        var held = copies.ofBook(bookId);
        if (held.stream().anyMatch(c -> c.status() == Copy.Availability.ON_LOAN)) {
            throw new Conflict("copy-on-loan", "Copy on loan",
                    "The book has a copy on loan; check it in before removing the book.");
        }
        books.delete(bookId);
        for (var copy : held) {
            outbox.add(CatalogTopics.COPIES, copy.id(), "CopyRemoved",
                    new CatalogEvents.CopyRemoved(copy.id(), copy.barcode(), bookId));
        }
        outbox.add(CatalogTopics.BOOKS, bookId, "BookRemoved", new CatalogEvents.BookRemoved(bookId));
    }

    private static Conflict isbnTaken(Isbn isbn) {
        return new Conflict("isbn-taken", "ISBN already catalogued", "A book with ISBN " + isbn + " is already in the catalogue.",
                new FieldProblem("isbn", "unique", "is already in the catalogue"));
    }

    private static Conflict barcodeTaken(String barcode) {
        return new Conflict("barcode-taken", "Barcode in use", "Another copy already has barcode " + barcode + ".",
                new FieldProblem("barcode", "unique", "is already in use"));
    }
}
