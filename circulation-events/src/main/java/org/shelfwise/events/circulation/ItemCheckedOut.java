package org.shelfwise.events.circulation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A copy was lent to a patron, due back on {@code dueDate}. */
public record ItemCheckedOut(UUID loanId, UUID copyId, String itemBarcode, UUID bookId, UUID patronId,
                             String patronBarcode, Instant checkedOutAt, LocalDate dueDate) implements LoanEvent {
}
