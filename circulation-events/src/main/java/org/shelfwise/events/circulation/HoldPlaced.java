package org.shelfwise.events.circulation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A patron asked to be lent the next copy of a book.
 *
 * @param pickupBranch the branch the patron chose to collect the copy at; null when they chose none (the copy is
 *                     then kept where it comes back)
 */
public record HoldPlaced(UUID holdId, UUID bookId, UUID patronId, String patronBarcode, String status, UUID copyId,
                 String itemBarcode, LocalDate pickupBy, String pickupBranch) implements HoldEvent {
}
