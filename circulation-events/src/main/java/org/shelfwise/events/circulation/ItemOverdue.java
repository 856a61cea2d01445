package org.shelfwise.events.circulation;

import java.time.LocalDate;
import java.util.UUID;

/** A loan passed its due date without being returned (announced once per loan). */
public record ItemOverdue(UUID loanId, UUID copyId, String itemBarcode, UUID patronId, String patronBarcode,
                          LocalDate dueDate) implements LoanEvent {
}
