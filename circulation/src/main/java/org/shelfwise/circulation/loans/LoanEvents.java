package org.shelfwise.circulation.loans;

/**
 * Makes the loan events circulation publishes (circulation-events' records, the types its consumers read) from its
 * loans; keyed by copy id so that each copy's events stay in order.
 */
final class LoanEvents {

    private LoanEvents() {
    }

    static final class ItemCheckedOut {

        private ItemCheckedOut() {
        }

        static org.shelfwise.events.circulation.ItemCheckedOut of(Loan loan) {
            return new org.shelfwise.events.circulation.ItemCheckedOut(loan.id(), loan.copyId(), loan.itemBarcode(),
                    loan.bookId(), loan.patronId(), loan.patronBarcode(), loan.checkedOutAt(), loan.dueDate());
        }
    }

    static final class ItemRenewed {

        private ItemRenewed() {
        }

        static org.shelfwise.events.circulation.ItemRenewed of(Loan loan) {
            return new org.shelfwise.events.circulation.ItemRenewed(loan.id(), loan.copyId(), loan.itemBarcode(),
                    loan.patronId(), loan.dueDate(), loan.renewals());
        }
    }

    static final class ItemCheckedIn {

        private ItemCheckedIn() {
        }

        static org.shelfwise.events.circulation.ItemCheckedIn of(Loan loan) {
            return new org.shelfwise.events.circulation.ItemCheckedIn(loan.id(), loan.copyId(), loan.itemBarcode(),
                    loan.bookId(), loan.patronId(), loan.returnedAt());
        }
    }
}
