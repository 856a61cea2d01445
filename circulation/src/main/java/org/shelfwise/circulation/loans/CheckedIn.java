package org.shelfwise.circulation.loans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.shelfwise.circulation.fines.Fine;
import org.shelfwise.circulation.holds.Hold;

/**
 * A check-in as the desk must see it: the closed loan (its fields at the top level, as before; none when the copy was
 * not on loan but arrived on its way to a hold), the fine its lateness charged, and the hold its copy now fills, so
 * the desk puts the copy on the hold shelf, or sends it on to the hold's pick-up branch, not back on the shelf.
 *
 * @param fine      the fine charged on return; null when none
 * @param holdShelf the patron the copy is now kept for on this branch's hold shelf, and until when; null when nobody
 *                  waits for the book, or the copy must travel
 * @param transit   the branch to send the copy to, for the hold it is kept for; null when it stays here
 */
record CheckedIn(@JsonUnwrapped Loan loan, FineCharged fine, HoldShelfSlip holdShelf, Transit transit) {

    /** The fine charged for a late return. */
    record FineCharged(UUID id, BigDecimal amount) {
    }

    /** Who the copy is kept for on the hold shelf. */
    record HoldShelfSlip(UUID holdId, UUID patronId, String patronBarcode, LocalDate pickupBy) {
    }

    /** Send the copy to {@code sendTo}, the pick-up branch of the hold it is kept for. */
    record Transit(UUID holdId, UUID patronId, String patronBarcode, String sendTo) {
    }

    static CheckedIn of(Loan loan, Optional<Fine> fine, Optional<Hold> hold) {
        var ready = hold.filter(h -> h.status() == Hold.Status.READY);
        var travelling = hold.filter(h -> h.status() == Hold.Status.IN_TRANSIT);
        return new CheckedIn(loan,
                fine.map(f -> new FineCharged(f.id(), f.amount())).orElse(null),
                ready.map(h -> new HoldShelfSlip(h.id(), h.patronId(), h.patronBarcode(), h.pickupBy())).orElse(null),
                travelling.map(h -> new Transit(h.id(), h.patronId(), h.patronBarcode(), h.pickupBranch())).orElse(null));
    }
}
