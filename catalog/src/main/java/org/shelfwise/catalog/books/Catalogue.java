package org.shelfwise.catalog.books;

import org.shelfwise.catalog.CatalogTopics;
import org.shelfwise.catalog.books.CatalogEvents.BookState;
import org.shelfwise.catalog.caching.CachedData;
import org.shelfwise.platform.outbox.Outbox;
import org.shelfwise.platform.problems.Conflict;
import org.shelfwise.platform.problems.FieldProblem;
import org.shelfwise.platform.problems.NotFound;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Adds, revises and removes bibliographic records, announcing each change through the outbox. */
@Service
class Catalogue {

    private final Books books;
    private final Copies copies;
    private final Outbox outbox;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Catalogue(Books books, Copies copies, Outbox outbox, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.books = books;
        this.copies = copies;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    Book add(BookDetails details) {
        if (books.isbnTaken(details.isbn())) {
            throw isbnTaken(details.isbn());
        }
        var book = Book.catalogue(UUID.randomUUID(), details, clock.instant());
        try {
            books.add(book);
        } catch (DuplicateKeyException raced) {
            throw isbnTaken(details.isbn());
        }
        outbox.add(CatalogTopics.BOOKS, book.id(), "BookAdded", BookState.of(book));
        events.publishEvent(BooksChanged.details(List.of(book.id())));
        return book;
    }

    /**
     * Replaces a record's details with {@code change} of the current ones (a replacement ignores them, a patch
     * builds on them), provided the client edited the current version. The row stays locked from read to write.
     */
    @Transactional
    @CacheEvict(cacheNames = CachedData.BOOKS, key = "#bookId")
    Book revise(UUID bookId, UnaryOperator<BookDetails> change, Revision expected) {
        var current = books.lock(bookId).orElseThrow(() -> new NotFound("Book", bookId));
        expected.check("Book", current.version());
        var details = change.apply(current.details());
        var revised = current.revise(details, expected, clock.instant());
        if (!details.isbn().equals(current.isbn()) && books.isbnTaken(details.isbn())) {
            throw isbnTaken(details.isbn());
        }
        try {
            books.update(revised);
        } catch (DuplicateKeyException raced) {
            throw isbnTaken(details.isbn());
        }
        outbox.add(CatalogTopics.BOOKS, bookId, "BookUpdated", BookState.of(revised));
        events.publishEvent(BooksChanged.details(List.of(bookId)));
        return revised;
    }

    /** Removes a book and its copies; refused while any copy is on loan or waiting on the hold shelf. */
    @Transactional
    @CacheEvict(cacheNames = CachedData.BOOKS, key = "#bookId")
    void remove(UUID bookId, Revision expected) {
        var book = books.lock(bookId).orElseThrow(() -> new NotFound("Book", bookId));
        expected.check("Book", book.version());
        var held = copies.ofBook(bookId);
        if (held.stream().anyMatch(c -> c.status() == Copy.Availability.ON_LOAN)) {
            throw new Conflict("copy-on-loan", "Copy on loan",
                    "The book has a copy on loan; check it in before removing the book.");
        }
        held.forEach(Copy::ensureRemovable);
        books.delete(bookId);
        for (var copy : held) {
            outbox.add(CatalogTopics.COPIES, copy.id(), "CopyRemoved",
                    new CatalogEvents.CopyRemoved(copy.id(), copy.barcode(), bookId));
        }
        outbox.add(CatalogTopics.BOOKS, bookId, "BookRemoved", new CatalogEvents.BookRemoved(bookId));
        events.publishEvent(BooksChanged.details(List.of(bookId)));
    }

    private static Conflict isbnTaken(Isbn isbn) {
        return new Conflict("isbn-taken", "ISBN already catalogued", "A book with ISBN " + isbn + " is already in the catalogue.",
                new FieldProblem("isbn", "unique", "is already in the catalogue"));
    }
}
