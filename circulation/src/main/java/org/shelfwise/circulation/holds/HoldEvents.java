package org.shelfwise.circulation.holds;

import java.time.LocalDate;
import java.util.UUID;

/** The hold events circulation publishes, keyed by book id so that each book's queue stays in order. */
final class HoldEvents {

    private HoldEvents() {
    }

    record HoldChanged(UUID holdId, UUID bookId, UUID patronId, String patronBarcode, String status, UUID copyId,
                       String itemBarcode, LocalDate pickupBy) {
        static HoldChanged of(Hold hold) {
            return new HoldChanged(hold.id(), hold.bookId(), hold.patronId(), hold.patronBarcode(), hold.status().name(),
                    hold.copyId(), hold.itemBarcode(), hold.pickupBy());
        }
    }
}
