package org.shelfwise.events.circulation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A copy was lent to a patron, due back on {@code dueDate}.
 *
 * @param dueSoonDays       the loan policy's due-soon notice: this many days before the due date; null when the policy
 *                          leaves it to the notices service (and in events written before it was carried)
 * @param overdueNoticeDays the loan policy's overdue notices: days after the due date of the first, second and third,
 *                          increasing (empty: none); null when the policy leaves them to the notices service. Both
 *                          were added in version 1, so older consumers pass over them.
 */
public record ItemCheckedOut(UUID loanId, UUID copyId, String itemBarcode, UUID bookId, UUID patronId,
                             String patronBarcode, Instant checkedOutAt, LocalDate dueDate, Integer dueSoonDays,
                             List<Integer> overdueNoticeDays) implements LoanEvent {
}
