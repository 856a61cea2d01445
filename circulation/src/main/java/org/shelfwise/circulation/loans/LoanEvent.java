package org.shelfwise.circulation.loans;

/**
 * What happened to a loan, in circulation's own terms; {@link LoanAnnouncements} publishes each as the event other
 * services read.
 */
sealed interface LoanEvent {

    /** The loan as it now is. */
    Loan loan();

    /** A copy was lent. */
    record Lent(Loan loan) implements LoanEvent {
    }

    /** A loan's due date moved on. */
    record Renewed(Loan loan) implements LoanEvent {
    }

    /** A copy came back, closing its loan. */
    record Returned(Loan loan) implements LoanEvent {
    }
}
