package org.shelfwise.events.catalog;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What circulation's events made of a copy: {@code AVAILABLE}, {@code ON_LOAN} with its due date, or
 * {@code AWAITING_PICKUP} with its pickup-by date, if any.
 */
public record CopyAvailabilityChanged(UUID copyId, String barcode, UUID bookId, String status, LocalDate dueDate,
                                      LocalDate pickupBy, long version) implements CopyEvent {
}
