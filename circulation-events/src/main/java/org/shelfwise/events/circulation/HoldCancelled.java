package org.shelfwise.events.circulation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The hold was cancelled, by the patron or the staff.
 *
 * @param pickupBranch the branch the patron chose to collect the copy at; null when they chose none (the copy is
 *                     then kept where it comes back)
 */
public record HoldCancelled(UUID holdId, UUID bookId, UUID patronId, String patronBarcode, String status, UUID copyId,
                 String itemBarcode, LocalDate pickupBy, String pickupBranch) implements HoldEvent {
}
