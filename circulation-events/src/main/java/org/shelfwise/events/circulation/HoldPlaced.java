package org.shelfwise.events.circulation;

import java.time.LocalDate;
import java.util.UUID;

/** A patron asked to be lent the next copy of a book. */
public record HoldPlaced(UUID holdId, UUID bookId, UUID patronId, String patronBarcode, String status, UUID copyId,
                 String itemBarcode, LocalDate pickupBy) implements HoldEvent {
}
