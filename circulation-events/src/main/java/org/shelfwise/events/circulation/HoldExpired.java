package org.shelfwise.events.circulation;

import java.time.LocalDate;
import java.util.UUID;

/** The hold ended unfulfilled: not collected in time, or past its last day. */
public record HoldExpired(UUID holdId, UUID bookId, UUID patronId, String patronBarcode, String status, UUID copyId,
                 String itemBarcode, LocalDate pickupBy) implements HoldEvent {
}
