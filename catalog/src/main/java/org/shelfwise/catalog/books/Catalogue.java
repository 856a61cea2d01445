package org.shelfwise.catalog.books;

import org.shelfwise.platform.web.Revision;
import org.shelfwise.catalog.CatalogTopics;
import org.shelfwise.catalog.books.marc.MarcMapping;
import org.shelfwise.catalog.caching.CachedData;
import org.shelfwise.events.catalog.BookRemoved;
import org.shelfwise.events.catalog.CopyRemoved;
import org.shelfwise.platform.outbox.Outbox;
import org.shelfwise.platform.problems.Conflict;
import org.shelfwise.platform.problems.FieldProblem;
import org.shelfwise.platform.problems.NotFound;
import org.springframework.cache.annotation.CacheEvict;
import org.springframework.context.ApplicationEventPublisher;
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
    private final BookKeys keys;
    private final Copies copies;
    private final Outbox outbox;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Catalogue(Books books, BookKeys keys, Copies copies, Outbox outbox, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.books = books;
        this.keys = keys;
        this.copies = copies;
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Catalogues a new book. A record without a control number gets the book's id as one, so that its export,
     * imported again, finds it. A key another book holds (an ISBN, a control or system number) is refused.
     */
    @Transactional
    Book add(BookDetails details) {
        var id = UUID.randomUUID();
        var identified = identified(id, details);
        var book = Book.catalogue(id, identified, clock.instant());
        books.add(book, null);
        refuseTaken(keys.replace(id, MatchKey.of(identified)));
        outbox.add(CatalogTopics.BOOKS, book.id(), CatalogEvents.added(book));
        events.publishEvent(BooksChanged.details(List.of(book.id())));
        return book;
    }

    /**
     * Replaces a record's details with {@code change} of the current ones (a replacement ignores them, a patch
     * builds on them), provided the client edited the current version. The row stays locked from read to write.
     * A MARC record kept for the book has the fields of the parts that changed replaced, and keeps all others.
     * Details without a control number get the book's id as one, as a new book does.
     */
    @Transactional
    @CacheEvict(cacheNames = CachedData.BOOKS, key = "#bookId")
    Book revise(UUID bookId, UnaryOperator<BookDetails> change, Revision expected) {
        var current = books.lock(bookId).orElseThrow(() -> new NotFound("Book", bookId));
        expected.check("Book", current.version());
        var details = identified(bookId, change.apply(current.details()));
        var revised = current.revise(details, expected, clock.instant());
        var marc = books.marc(bookId).map(kept -> MarcMapping.merge(kept, details)).orElse(null);
        books.update(revised, marc);
        var before = MatchKey.of(current.details());
        refuseTaken(keys.replace(bookId, MatchKey.of(details)).stream().filter(key -> !before.contains(key)).toList());
        outbox.add(CatalogTopics.BOOKS, bookId, CatalogEvents.updated(revised));
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
            outbox.add(CatalogTopics.COPIES, copy.id(), new CopyRemoved(copy.id(), copy.barcode(), bookId));
        }
        outbox.add(CatalogTopics.BOOKS, bookId, new BookRemoved(bookId));
        events.publishEvent(BooksChanged.details(List.of(bookId)));
    }

    /** The details, with the book's id as control number when they have none. */
    private static BookDetails identified(UUID id, BookDetails d) {
        if (d.identifiers().controlNumber() != null) {
            return d;
        }
        var identifiers = d.identifiers().withControlNumber(id.toString(), null);
        return new BookDetails(d.title(), d.contributors(), identifiers, d.edition(), d.publication(),
                d.physicalDescription(), d.series(), d.notes(), d.description(), d.subjects(), d.languages(),
                d.format(), d.links());
    }

    /** An ISBN, control or system number names one book: one another book holds is a conflict (and rolls back). */
    private static void refuseTaken(List<MatchKey> taken) {
        if (taken.isEmpty()) {
            return;
        }
        var key = taken.getFirst();
        if (key.kind().equals(MatchKey.ISBN)) {
            String isbn = key.key().substring("isbn:".length());
            throw new Conflict("isbn-taken", "ISBN already catalogued", "A book with ISBN " + isbn
                    + " is already in the catalogue.", new FieldProblem("isbn", "unique", "is already in the catalogue"));
        }
        String field = key.kind().equals(MatchKey.CONTROL_NUMBER) ? "identifiers.controlNumber"
                : "identifiers.systemNumbers";
        throw new Conflict("identifier-taken", "Identifier already catalogued", "A book with the number "
                + key.key().substring("id:".length()) + " is already in the catalogue.",
                new FieldProblem(field, "unique", "is already in the catalogue"));
    }
}
