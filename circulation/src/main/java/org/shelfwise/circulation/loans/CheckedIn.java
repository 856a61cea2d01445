package org.shelfwise.circulation.loans;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import org.shelfwise.circulation.fines.Fine;
import org.shelfwise.circulation.holds.Hold;

/**
 * A check-in as the desk must see it: the closed loan (its fields at the top level, as before), the fine its
 * lateness charged, and the hold its copy now fills, so the desk puts the copy on the hold shelf, not back.
 *
 * @param fine      the fine charged on return; null when none
 * @param holdShelf the patron the copy is now kept for, and until when; null when nobody waits for the book
 */
record CheckedIn(@JsonUnwrapped Loan loan, FineCharged fine, HoldShelfSlip holdShelf) {

    /** The fine charged for a late return. */
    record FineCharged(UUID id, BigDecimal amount) {
    }

    /** Who the copy is kept for on the hold shelf. */
    record HoldShelfSlip(UUID holdId, UUID patronId, String patronBarcode, LocalDate pickupBy) {
    }

    static CheckedIn of(Loan loan, Optional<Fine> fine, Optional<Hold> hold) {
        return new CheckedIn(loan,
                fine.map(f -> new FineCharged(f.id(), f.amount())).orElse(null),
                hold.map(h -> new HoldShelfSlip(h.id(), h.patronId(), h.patronBarcode(), h.pickupBy())).orElse(null));
    }
}
