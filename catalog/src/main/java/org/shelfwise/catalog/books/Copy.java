package org.shelfwise.catalog.books;

import org.shelfwise.platform.web.Revision;
import org.shelfwise.platform.problems.Conflict;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A physical copy of a book, identified at the desk by its barcode. */
public record Copy(UUID id, UUID bookId, String barcode, Shelving shelving, Availability status, LocalDate dueDate,
                   LocalDate pickupBy, long version, Instant createdAt) {

    /** Where a copy is as circulation last reported: on the open shelf, out on loan, or on the hold shelf. */
    public enum Availability { AVAILABLE, ON_LOAN, AWAITING_PICKUP }

    static Copy acquire(UUID id, UUID bookId, String barcode, Shelving shelving, Instant at) {
        return new Copy(id, bookId, barcode, shelving, Availability.AVAILABLE, null, null, 0, at);
    }

    /** The copy shelved anew, one version on; refused when the client edited an older version. */
    Copy reshelve(Shelving next, Revision expected) {
        expected.check("Copy", version);
        return new Copy(id, bookId, barcode, next, status, dueDate, pickupBy, version + 1, createdAt);
    }

    /**
     * A copy out on loan or waiting for a patron on the hold shelf cannot leave the catalogue: circulation would
     * lose track of what the patron holds or is about to collect.
     */
    void ensureRemovable() {
        if (status == Availability.ON_LOAN) {
            throw new Conflict("copy-on-loan", "Copy on loan",
                    "Copy " + barcode + " is on loan; check it in before removing it.");
        }
        if (status == Availability.AWAITING_PICKUP) {
            throw new Conflict("copy-on-hold-shelf", "Copy awaiting pickup",
                    "Copy " + barcode + " is waiting for a patron on the hold shelf; cancel the hold before removing it.");
        }
    }
}
