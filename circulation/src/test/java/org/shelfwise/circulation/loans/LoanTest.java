package org.shelfwise.circulation.loans;

import org.junit.jupiter.api.Test;
import org.shelfwise.circulation.borrowers.Borrower;
import org.shelfwise.circulation.borrowers.LoanRefusal;
import org.shelfwise.circulation.borrowers.Standing;
import org.shelfwise.circulation.items.Item;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A loan's own transitions, in memory. */
class LoanTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2030-03-14T10:00:00Z"), ZoneOffset.UTC);
    static final LocalDate DUE = LocalDate.of(2030, 4, 4);

    static Loan lent() {
        var item = new Item(UUID.randomUUID(), "I1", UUID.randomUUID(), "Emma", "book", "main");
        var borrower = new Borrower(UUID.randomUUID(), "P1", "Ada", new Standing.Active(), "adult", null);
        var lent = Loan.open(item, borrower, "standard", DUE, CLOCK);
        assertThat(lent).isInstanceOf(LoanEvent.Lent.class);
        return lent.loan();
    }

    @Test
    void opensALoanOfTheCopyToThePatronDueWhenTold() {
        var loan = lent();
        assertThat(loan.itemBarcode()).isEqualTo("I1");
        assertThat(loan.patronBarcode()).isEqualTo("P1");
        assertThat(loan.checkedOutAt()).isEqualTo(CLOCK.instant());
        assertThat(loan.dueDate()).isEqualTo(DUE);
        assertThat(loan.renewals()).isZero();
        assertThat(loan.isOpen()).isTrue();
    }

    @Test
    void aRenewalMovesTheDueDateAndCountsItself() {
        var renewed = lent().renew(DUE.plusDays(21));
        assertThat(renewed).isInstanceOf(LoanEvent.Renewed.class);
        assertThat(renewed.loan().dueDate()).isEqualTo(DUE.plusDays(21));
        assertThat(renewed.loan().renewals()).isEqualTo(1);
        assertThat(renewed.loan().renew(DUE.plusDays(42)).loan().renewals()).isEqualTo(2);
    }

    @Test
    void aCheckInClosesTheLoanOnce() {
        var returned = lent().checkIn(CLOCK);
        assertThat(returned).isInstanceOf(LoanEvent.Returned.class);
        assertThat(returned.loan().returnedAt()).isEqualTo(CLOCK.instant());
        assertThat(returned.loan().isOpen()).isFalse();
        assertThatThrownBy(() -> returned.loan().checkIn(CLOCK))
                .isInstanceOfSatisfying(LoanRefusal.class, r -> assertThat(r.reason()).isEqualTo(LoanRefusal.Reason.NOT_ON_LOAN));
    }

    @Test
    void aClosedLoanIsNotRenewed() {
        var closed = lent().checkIn(CLOCK).loan();
        assertThatThrownBy(() -> closed.renew(DUE.plusDays(21)))
                .isInstanceOfSatisfying(LoanRefusal.class, r -> assertThat(r.reason()).isEqualTo(LoanRefusal.Reason.NOT_ON_LOAN))
                .hasMessage("The loan was closed when the copy was checked in.");
    }
}
