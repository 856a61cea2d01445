package org.shelfwise.catalog.books;

import org.shelfwise.catalog.CatalogTopics;
import org.shelfwise.events.catalog.CopyAvailabilityChanged;
import org.shelfwise.platform.outbox.Outbox;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Records what circulation reports of a copy (out on loan, back, renewed, waiting on the hold shelf, released from
 * it) and announces each change as {@code CopyAvailabilityChanged}, in the caller's transaction. Every catalog
 * instance reads that event to keep its search index's availability current: circulation's own events reach just
 * one instance of the catalog (its consumer group), and the others could not tell when the copy table had changed.
 * Each method returns false when there is no such copy here (or, for a renewal and a release, none in that state).
 */
@Service
public class CopyAvailability {

    private final Copies copies;
    private final Outbox outbox;

    CopyAvailability(Copies copies, Outbox outbox) {
        this.copies = copies;
        this.outbox = outbox;
    }

    public boolean onLoan(UUID copyId, LocalDate dueDate) {
        return announce(copies.markOnLoan(copyId, dueDate));
    }

    public boolean returned(UUID copyId) {
        return announce(copies.markAvailable(copyId));
    }

    public boolean renewed(UUID copyId, LocalDate dueDate) {
        return announce(copies.renew(copyId, dueDate));
    }

    public boolean awaitingPickup(UUID copyId, LocalDate pickupBy) {
        return announce(copies.markAwaitingPickup(copyId, pickupBy));
    }

    public boolean releasedFromHoldShelf(UUID copyId) {
        return announce(copies.releaseFromHoldShelf(copyId));
    }

    private boolean announce(Optional<Copy> changed) {
        changed.ifPresent(copy -> outbox.add(CatalogTopics.COPIES, copy.id(), new CopyAvailabilityChanged(copy.id(),
                copy.barcode(), copy.bookId(), copy.status().name(), copy.dueDate(), copy.pickupBy(), copy.version())));
        return changed.isPresent();
    }
}
