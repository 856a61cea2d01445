package org.shelfwise.events.circulation;

import java.time.LocalDate;
import java.util.UUID;

/** The hold was cancelled, by the patron or the staff. */
public record HoldCancelled(UUID holdId, UUID bookId, UUID patronId, String patronBarcode, String status, UUID copyId,
                 String itemBarcode, LocalDate pickupBy) implements HoldEvent {
}
