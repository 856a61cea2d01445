package org.shelfwise.circulation.loans;

import org.shelfwise.circulation.borrowers.Borrower;
import org.shelfwise.circulation.items.Item;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One copy lent to one patron, open until it is checked in. */
public record Loan(UUID id, UUID copyId, String itemBarcode, UUID bookId, String title, UUID patronId,
                   String patronBarcode, Instant checkedOutAt, LocalDate dueDate, Instant returnedAt) {

    static Loan open(Item item, Borrower borrower, LoanPolicy policy, Clock clock) {
        return new Loan(UUID.randomUUID(), item.copyId(), item.barcode(), item.bookId(), item.title(),
                borrower.patronId(), borrower.barcode(), clock.instant(), policy.dueDate(clock), null);
    }

    boolean isOpen() {
        return returnedAt == null;
    }

    Loan checkIn(Clock clock) {
        if (!isOpen()) {
            throw new IllegalStateException("loan " + id + " is already closed");
        }
        return new Loan(id, copyId, itemBarcode, bookId, title, patronId, patronBarcode, checkedOutAt, dueDate,
                clock.instant());
    }
}
