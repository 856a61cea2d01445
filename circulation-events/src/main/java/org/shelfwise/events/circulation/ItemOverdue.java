package org.shelfwise.events.circulation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A loan passed its due date without being returned: the whole loan, as circulation keeps it. */
public record ItemOverdue(UUID id, UUID copyId, String itemBarcode, UUID bookId, String title, UUID patronId,
                          String patronBarcode, Instant checkedOutAt, LocalDate dueDate, Instant returnedAt,
                          int renewals, String policyId) implements LoanEvent {
}
