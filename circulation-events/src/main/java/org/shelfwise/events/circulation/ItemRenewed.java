package org.shelfwise.events.circulation;

import java.time.LocalDate;
import java.util.UUID;

/** A loan was renewed, now due on {@code dueDate}, after {@code renewals} renewals in all. */
public record ItemRenewed(UUID loanId, UUID copyId, String itemBarcode, UUID patronId, LocalDate dueDate,
                          int renewals) implements LoanEvent {
}
