package org.shelfwise.circulation.holds;

import org.shelfwise.circulation.borrowers.HoldRefusal;
import org.shelfwise.platform.problems.Conflict;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

/**
 * A patron's claim on the next copy of a book. It waits in the book's queue, becomes ready when a copy is checked
 * in for it (the copy goes to the hold shelf until {@code pickupBy}), and ends fulfilled, cancelled or expired. It
 * guards its own changes, each of which answers the event it causes: only a waiting hold becomes ready, only a
 * ready one is fulfilled (by its patron) or expires, only an active one is cancelled.
 */
public record Hold(UUID id, UUID bookId, UUID patronId, String patronBarcode, Instant placedAt, Status status,
                   UUID copyId, String itemBarcode, LocalDate pickupBy, Instant closedAt) {

    /** Where a hold stands. */
    public enum Status { WAITING, READY, FULFILLED, CANCELLED, EXPIRED }

    static HoldEvent.Placed place(UUID bookId, UUID patronId, String patronBarcode, Clock clock) {
        return new HoldEvent.Placed(new Hold(UUID.randomUUID(), bookId, patronId, patronBarcode, clock.instant(),
                Status.WAITING, null, null, null, null));
    }

    boolean isActive() {
        return status == Status.WAITING || status == Status.READY;
    }

    /** The copy checked in for this hold goes to the hold shelf until {@code deadline}. */
    HoldEvent.ReadyForPickup readyWith(UUID copy, String barcode, LocalDate deadline) {
        ensure(Status.WAITING, Status.READY);
        return new HoldEvent.ReadyForPickup(new Hold(id, bookId, patronId, patronBarcode, placedAt, Status.READY, copy,
                barcode, deadline, null));
    }

    /** The patron borrows the copy kept for them; anyone else is refused it. */
    HoldEvent.Fulfilled fulfilFor(UUID borrower, Clock clock) {
        ensure(Status.READY, Status.FULFILLED);
        if (!patronId.equals(borrower)) {
            throw new HoldRefusal(HoldRefusal.Reason.COPY_HELD_FOR_ANOTHER_PATRON,
                    "Copy " + itemBarcode + " is on the hold shelf for another patron until " + pickupBy + ".");
        }
        return new HoldEvent.Fulfilled(closed(Status.FULFILLED, clock));
    }

    HoldEvent.Cancelled cancel(Clock clock) {
        if (!isActive()) {
            throw new HoldRefusal(HoldRefusal.Reason.HOLD_NOT_ACTIVE, "The hold is already " + name(status) + ".");
        }
        return new HoldEvent.Cancelled(closed(Status.CANCELLED, clock));
    }

    /** Not collected by its pickup deadline. */
    HoldEvent.Expired expire(Clock clock) {
        ensure(Status.READY, Status.EXPIRED);
        return new HoldEvent.Expired(closed(Status.EXPIRED, clock));
    }

    private Hold closed(Status end, Clock clock) {
        return new Hold(id, bookId, patronId, patronBarcode, placedAt, end, copyId, itemBarcode, pickupBy, clock.instant());
    }

    private void ensure(Status from, Status to) {
        if (status != from) {
            throw new Conflict("hold-" + name(status), "Not allowed for this hold",
                    "A hold that is " + name(status) + " cannot become " + name(to) + "; only a " + name(from) + " one can.");
        }
    }

    private static String name(Status status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
