package org.shelfwise.events.circulation;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A loan was renewed, now due on {@code dueDate}, after {@code renewals} renewals in all; {@code dueSoonDays} and
 * {@code overdueNoticeDays} are its loan policy's notice settings as they now are (see {@link ItemCheckedOut}).
 */
public record ItemRenewed(UUID loanId, UUID copyId, String itemBarcode, UUID patronId, LocalDate dueDate,
                          int renewals, Integer dueSoonDays, List<Integer> overdueNoticeDays) implements LoanEvent {
}
