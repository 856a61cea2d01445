package org.shelfwise.catalog.books;

import org.shelfwise.platform.web.Revision;
import org.shelfwise.catalog.CatalogTopics;
import org.shelfwise.events.catalog.CopyAdded;
import org.shelfwise.events.catalog.CopyRemoved;
import org.shelfwise.platform.outbox.Outbox;
import org.shelfwise.platform.problems.Conflict;
import org.shelfwise.platform.problems.FieldProblem;
import org.shelfwise.platform.problems.NotFound;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Adds, reshelves and removes the physical copies of books, announcing each change through the outbox. */
@Service
class Holdings {

    private final Books books;
    private final Copies copies;
    private final Outbox outbox;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    Holdings(Books books, Copies copies, Outbox outbox, Clock clock, ApplicationEventPublisher events) {
        this.events = events;
        this.books = books;
        this.copies = copies;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    Copy add(UUID bookId, String barcode, Shelving shelving) {
        // the lock keeps the book from being removed while its copy is added
        var book = books.lock(bookId).orElseThrow(() -> new NotFound("Book", bookId));
        if (copies.barcodeTaken(barcode)) {
            throw barcodeTaken(barcode);
        }
        var copy = Copy.acquire(UUID.randomUUID(), bookId, barcode, shelving, clock.instant());
        try {
            copies.add(copy);
        } catch (DuplicateKeyException raced) {
            throw barcodeTaken(barcode);
        }
        outbox.add(CatalogTopics.COPIES, copy.id(), new CopyAdded(copy.id(), barcode, bookId,
                book.title(), shelving.shelfMark(), shelving.location(), shelving.note(), shelving.itemType(),
                shelving.branch()));
        events.publishEvent(BooksChanged.copies(bookId));
        return copy;
    }

    /**
     * Changes where a copy is shelved, its item type or its note: {@code CopyMoved} when it changes place (branch,
     * location or shelf mark), else {@code CopyUpdated}.
     */
    @Transactional
    Copy reshelve(String barcode, UnaryOperator<Shelving> change, Revision expected) {
        var current = copies.lockByBarcode(barcode).orElseThrow(() -> new NotFound("Copy", "barcode", barcode));
        expected.check("Copy", current.version());
        var shelving = change.apply(current.shelving());
        var reshelved = current.reshelve(shelving, expected);
        copies.updateShelving(reshelved);
        outbox.add(CatalogTopics.COPIES, current.id(), CatalogEvents.reshelved(reshelved, current.shelving()));
        return reshelved;
    }

    /** Removes a copy from the catalogue; refused while it is on loan. */
    @Transactional
    void remove(String barcode, Revision expected) {
        var copy = copies.lockByBarcode(barcode).orElseThrow(() -> new NotFound("Copy", "barcode", barcode));
        expected.check("Copy", copy.version());
        copy.ensureRemovable();
        copies.delete(copy.id());
        outbox.add(CatalogTopics.COPIES, copy.id(), new CopyRemoved(copy.id(), barcode, copy.bookId()));
        events.publishEvent(BooksChanged.copies(copy.bookId()));
    }

    private static Conflict barcodeTaken(String barcode) {
        return new Conflict("barcode-taken", "Barcode in use", "Another copy already has barcode " + barcode + ".",
                new FieldProblem("barcode", "unique", "is already in use"));
    }
}
