package org.shelfwise.events.circulation;

import java.time.LocalDate;
import java.util.UUID;

/** The patron collected the copy set aside (a check-out follows). */
public record HoldFulfilled(UUID holdId, UUID bookId, UUID patronId, String patronBarcode, String status, UUID copyId,
                 String itemBarcode, LocalDate pickupBy) implements HoldEvent {
}
