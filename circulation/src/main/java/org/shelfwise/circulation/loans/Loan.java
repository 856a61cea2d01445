package org.shelfwise.circulation.loans;

import org.shelfwise.circulation.borrowers.Borrower;
import org.shelfwise.circulation.borrowers.LoanRefusal;
import org.shelfwise.circulation.items.Item;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One copy lent to one patron, open until it is checked in. It guards its own changes: a closed loan is neither
 * renewed nor checked in again. Each change answers the event it causes.
 */
public record Loan(UUID id, UUID copyId, String itemBarcode, UUID bookId, String title, UUID patronId,
                   String patronBarcode, Instant checkedOutAt, LocalDate dueDate, Instant returnedAt, int renewals,
                   String policyId) {

    static LoanEvent.Lent open(Item item, Borrower borrower, String policyId, LocalDate dueDate, Clock clock) {
        return new LoanEvent.Lent(new Loan(UUID.randomUUID(), item.copyId(), item.barcode(), item.bookId(),
                item.title(), borrower.patronId(), borrower.barcode(), clock.instant(), dueDate, null, 0, policyId));
    }

    /** The loan renewed to {@code newDueDate} (whether the rules allow it the patron's account decides). */
    LoanEvent.Renewed renew(LocalDate newDueDate) {
        ensureOpen();
        return new LoanEvent.Renewed(new Loan(id, copyId, itemBarcode, bookId, title, patronId, patronBarcode,
                checkedOutAt, newDueDate, returnedAt, renewals + 1, policyId));
    }

    LoanEvent.Returned checkIn(Clock clock) {
        ensureOpen();
        return new LoanEvent.Returned(new Loan(id, copyId, itemBarcode, bookId, title, patronId, patronBarcode,
                checkedOutAt, dueDate, clock.instant(), renewals, policyId));
    }

    boolean isOpen() {
        return returnedAt == null;
    }

    private void ensureOpen() {
        if (!isOpen()) {
            throw new LoanRefusal(LoanRefusal.Reason.NOT_ON_LOAN, "The loan was closed when the copy was checked in.");
        }
    }
}
