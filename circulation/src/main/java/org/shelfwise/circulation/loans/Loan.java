package org.shelfwise.circulation.loans;

import org.shelfwise.circulation.borrowers.Borrower;
import org.shelfwise.circulation.items.Item;
import org.shelfwise.circulation.policies.LoanPolicy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One copy lent to one patron, open until it is checked in. */
public record Loan(UUID id, UUID copyId, String itemBarcode, UUID bookId, String title, UUID patronId,
                   String patronBarcode, Instant checkedOutAt, LocalDate dueDate, Instant returnedAt, int renewals,
                   String policyId) {

    static Loan open(Item item, Borrower borrower, String policyId, LocalDate dueDate, Clock clock) {
        return new Loan(UUID.randomUUID(), item.copyId(), item.barcode(), item.bookId(), item.title(),
                borrower.patronId(), borrower.barcode(), clock.instant(), dueDate, null, 0, policyId);
    }

    /**
     * The loan renewed to {@code newDueDate}; refused when closed, or (unless overridden) when the policy allows no
     * more renewals.
     */
    Loan renew(LoanPolicy policy, LocalDate newDueDate, Guard guard) {
        if (!isOpen()) {
            throw new LoanRefusal(LoanRefusal.Reason.NOT_ON_LOAN, "The loan was closed when the copy was checked in.");
        }
        if (renewals >= policy.renewalsAllowed()) {
            guard.refuse(new LoanRefusal(LoanRefusal.Reason.RENEWAL_LIMIT_REACHED,
                    "The loan has been renewed " + renewals + " times, as often as its policy allows."));
        }
        return new Loan(id, copyId, itemBarcode, bookId, title, patronId, patronBarcode, checkedOutAt, newDueDate,
                returnedAt, renewals + 1, policyId);
    }

    boolean isOpen() {
        return returnedAt == null;
    }

    Loan checkIn(Clock clock) {
        if (!isOpen()) {
            throw new IllegalStateException("loan " + id + " is already closed");
        }
        return new Loan(id, copyId, itemBarcode, bookId, title, patronId, patronBarcode, checkedOutAt, dueDate,
                clock.instant(), renewals, policyId);
    }
}
