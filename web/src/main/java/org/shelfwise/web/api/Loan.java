package org.shelfwise.web.api;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A loan as circulation shows it. */
public record Loan(UUID id, String itemBarcode, UUID bookId, String title, UUID patronId, String patronBarcode,
                   Instant checkedOutAt, LocalDate dueDate, Instant returnedAt, int renewals) implements Serializable {
}
