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
 * in for it (the copy goes to the hold shelf until {@code pickupBy}), and ends fulfilled, cancelled or expired. A
 * hold that names a {@code pickupBranch} becomes ready only at that branch: a copy checked in anywhere else is kept
 * for it in transit, on its way there. It guards its own changes, each of which answers the event it causes: only a
 * waiting hold goes in transit, only a waiting or travelling one becomes ready, only a ready (or travelling) one is
 * fulfilled (by its patron), only a ready one expires, only an active one is cancelled.
 *
 * @param pickupBranch the branch the patron collects at; null when they chose none (kept where the copy comes back)
 */
public record Hold(UUID id, UUID bookId, UUID patronId, String patronBarcode, Instant placedAt, Status status,
                   UUID copyId, String itemBarcode, LocalDate pickupBy, Instant closedAt, String pickupBranch) {

    /** Where a hold stands. */
    public enum Status { WAITING, IN_TRANSIT, READY, FULFILLED, CANCELLED, EXPIRED }

    /** Who cancels a hold: the patron themself, the library's staff, or the library's own rules. */
    public enum CancelledBy { PATRON, STAFF, SYSTEM }

    static HoldEvent.Placed place(UUID bookId, UUID patronId, String patronBarcode, String pickupBranch, Clock clock) {
        return new HoldEvent.Placed(new Hold(UUID.randomUUID(), bookId, patronId, patronBarcode, clock.instant(),
                Status.WAITING, null, null, null, null, pickupBranch));
    }

    boolean isActive() {
        return status == Status.WAITING || status == Status.IN_TRANSIT || status == Status.READY;
    }

    /** Whether a copy checked in at {@code branch} (null: a desk that does not say) may wait there for this hold. */
    boolean collectableAt(String branch) {
        return pickupBranch == null || pickupBranch.equals(branch);
    }

    /** The copy checked in for this hold elsewhere than its pick-up branch is sent there, kept for it. */
    Hold sentWith(UUID copy, String barcode) {
        ensure(Status.WAITING, Status.IN_TRANSIT);
        if (pickupBranch == null) {
            throw new IllegalStateException("hold " + id + " has no pick-up branch to send a copy to");
        }
        return new Hold(id, bookId, patronId, patronBarcode, placedAt, Status.IN_TRANSIT, copy, barcode, null, null,
                pickupBranch);
    }

    /**
     * The copy checked in for this hold (or arrived at its pick-up branch) goes to the hold shelf until
     * {@code deadline}.
     */
    HoldEvent.ReadyForPickup readyWith(UUID copy, String barcode, LocalDate deadline) {
        if (status != Status.IN_TRANSIT) {
            ensure(Status.WAITING, Status.READY);
        }
        return new HoldEvent.ReadyForPickup(new Hold(id, bookId, patronId, patronBarcode, placedAt, Status.READY, copy,
                barcode, deadline, null, pickupBranch));
    }

    /** The patron borrows the copy kept for them (on the shelf or on its way); anyone else is refused it. */
    HoldEvent.Fulfilled fulfilFor(UUID borrower, Clock clock) {
        if (status != Status.IN_TRANSIT) {
            ensure(Status.READY, Status.FULFILLED);
        }
        if (!patronId.equals(borrower)) {
            throw new HoldRefusal(HoldRefusal.Reason.COPY_HELD_FOR_ANOTHER_PATRON, status == Status.IN_TRANSIT
                    ? "Copy " + itemBarcode + " is on its way to " + pickupBranch + " for another patron."
                    : "Copy " + itemBarcode + " is on the hold shelf for another patron until " + pickupBy + ".");
        }
        return new HoldEvent.Fulfilled(closed(Status.FULFILLED, clock));
    }

    HoldEvent.Cancelled cancel(CancelledBy by, Clock clock) {
        if (!isActive()) {
            throw new HoldRefusal(HoldRefusal.Reason.HOLD_NOT_ACTIVE, "The hold is already " + name(status) + ".");
        }
        return new HoldEvent.Cancelled(closed(Status.CANCELLED, clock), by);
    }

    /** Not collected by its pickup deadline. */
    HoldEvent.Expired expire(Clock clock) {
        ensure(Status.READY, Status.EXPIRED);
        return new HoldEvent.Expired(closed(Status.EXPIRED, clock));
    }

    private Hold closed(Status end, Clock clock) {
        return new Hold(id, bookId, patronId, patronBarcode, placedAt, end, copyId, itemBarcode, pickupBy, clock.instant(),
                pickupBranch);
    }

    private void ensure(Status from, Status to) {
        if (status != from) {
            throw new Conflict("hold-" + name(status), "Not allowed for this hold",
                    "A hold that is " + name(status) + " cannot become " + name(to) + "; only a " + name(from) + " one can.");
        }
    }

    private static String name(Status status) {
        return status.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }
}
