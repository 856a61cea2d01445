package org.shelfwise.circulation.loans;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The events circulation publishes, keyed by copy id so that each copy's events stay in order. */
final class LoanEvents {

    private LoanEvents() {
    }

    record ItemCheckedOut(UUID loanId, UUID copyId, String itemBarcode, UUID bookId, UUID patronId,
                          String patronBarcode, Instant checkedOutAt, LocalDate dueDate) {
        static ItemCheckedOut of(Loan loan) {
            return new ItemCheckedOut(loan.id(), loan.copyId(), loan.itemBarcode(), loan.bookId(), loan.patronId(),
                    loan.patronBarcode(), loan.checkedOutAt(), loan.dueDate());
        }
    }

    record ItemRenewed(UUID loanId, UUID copyId, String itemBarcode, UUID patronId, LocalDate dueDate, int renewals) {
        static ItemRenewed of(Loan loan) {
            return new ItemRenewed(loan.id(), loan.copyId(), loan.itemBarcode(), loan.patronId(), loan.dueDate(),
                    loan.renewals());
        }
    }

    record ItemCheckedIn(UUID loanId, UUID copyId, String itemBarcode, UUID bookId, UUID patronId, Instant returnedAt) {
        static ItemCheckedIn of(Loan loan) {
            return new ItemCheckedIn(loan.id(), loan.copyId(), loan.itemBarcode(), loan.bookId(), loan.patronId(),
                    loan.returnedAt());
        }
    }
}
