package org.shelfwise.circulation.holds;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A patron's claim on the next copy of a book. It waits in the book's queue, becomes ready when a copy is checked
 * in for it (the copy goes to the hold shelf until {@code pickupBy}), and ends fulfilled, cancelled or expired.
 */
public record Hold(UUID id, UUID bookId, UUID patronId, String patronBarcode, Instant placedAt, Status status,
                   UUID copyId, String itemBarcode, LocalDate pickupBy, Instant closedAt) {

    /** Where a hold stands. */
    public enum Status { WAITING, READY, FULFILLED, CANCELLED, EXPIRED }

    static Hold place(UUID bookId, UUID patronId, String patronBarcode, Clock clock) {
        return new Hold(UUID.randomUUID(), bookId, patronId, patronBarcode, clock.instant(), Status.WAITING, null,
                null, null, null);
    }

    boolean isActive() {
        return status == Status.WAITING || status == Status.READY;
    }

    Hold readyWith(UUID copy, String barcode, LocalDate deadline) {
        return new Hold(id, bookId, patronId, patronBarcode, placedAt, Status.READY, copy, barcode, deadline, null);
    }

    Hold close(Status end, Clock clock) {
        return new Hold(id, bookId, patronId, patronBarcode, placedAt, end, copyId, itemBarcode, pickupBy, clock.instant());
    }
}
