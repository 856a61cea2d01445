package org.shelfwise.catalog.books;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A physical copy of a book, identified at the desk by its barcode. */
public record Copy(UUID id, UUID bookId, String barcode, Availability status, LocalDate dueDate, Instant createdAt) {

    /** Whether a copy is on the shelf or out, as circulation last reported. */
    public enum Availability { AVAILABLE, ON_LOAN }
}
