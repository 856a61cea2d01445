package org.shelfwise.web.catalogue;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A copy of a book, with where it is shelved and whether it is on the shelf; {@code branch} and {@code itemType} are
 * codes, null when the catalogue records none.
 */
public record Copy(UUID id, String barcode, String shelfMark, String location, String note, String branch,
                   String itemType, String status, LocalDate dueDate, LocalDate pickupBy) {
}
