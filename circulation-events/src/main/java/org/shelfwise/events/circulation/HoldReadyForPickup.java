package org.shelfwise.events.circulation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A copy was set aside for the hold, to be collected by {@code pickupBy} at {@code branch} (the copy's branch; null
 * when the catalogue records none, and in events written before it was kept).
 */
public record HoldReadyForPickup(UUID holdId, UUID bookId, UUID patronId, String patronBarcode, String status, UUID copyId,
                 String itemBarcode, LocalDate pickupBy, String branch) implements HoldEvent {
}
