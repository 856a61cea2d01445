package org.shelfwise.circulation.loans;

import org.shelfwise.circulation.Topics;
import org.shelfwise.circulation.borrowers.Borrowers;
import org.shelfwise.circulation.items.Items;
import org.shelfwise.platform.outbox.Outbox;
import org.shelfwise.platform.problems.Conflict;
import org.shelfwise.platform.problems.FieldProblem;
import org.shelfwise.platform.problems.UnknownReference;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Check-out and check-in. Each touches only circulation's own database, in one transaction, and announces
 * itself through the outbox.
 */
@Service
class Desk {

    private final Items items;
    private final Borrowers borrowers;
    private final Loans loans;
    private final LoanPolicy policy;
    private final Outbox outbox;
    private final Clock clock;

    Desk(Items items, Borrowers borrowers, Loans loans, LoanPolicy policy, Outbox outbox, Clock clock) {
        this.items = items;
        this.borrowers = borrowers;
        this.loans = loans;
        this.policy = policy;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    Loan checkOut(DeskRequests.CheckOut request) {
        var item = items.findByBarcode(request.itemBarcode()).orElseThrow(() ->
                new UnknownReference("itemBarcode", "No copy has barcode " + request.itemBarcode() + "."));
        var borrower = borrowers.findByBarcode(request.patronBarcode()).orElseThrow(() ->
                new UnknownReference("patronBarcode", "No patron has card " + request.patronBarcode() + "."));
        borrower.refusal(LocalDate.now(clock.withZone(policy.timeZone()))).ifPresent(refusal -> {
            throw switch (refusal) {
                case BLOCKED -> new Conflict("patron-blocked", "Patron blocked",
                        "The patron is blocked: " + borrower.blockedReason(),
                        new FieldProblem("patronBarcode", "not-blocked", "the patron is blocked"));
                case CARD_EXPIRED -> new Conflict("card-expired", "Card expired",
                        "The patron's card expired on " + borrower.cardExpiresOn() + ".",
                        new FieldProblem("patronBarcode", "card-valid", "the patron's card has expired"));
            };
        });
        var loan = Loan.open(item, borrower, policy, clock);
        try {
            // the partial unique index settles a race between two desks lending the same copy
            loans.add(loan);
        } catch (DuplicateKeyException alreadyLent) {
            throw new Conflict("copy-not-available", "Copy not available",
                    "Copy " + item.barcode() + " is already on loan.",
                    new FieldProblem("itemBarcode", "available", "the copy is already on loan"));
        }
        outbox.add(Topics.LOANS, loan.copyId(), "ItemCheckedOut", LoanEvents.ItemCheckedOut.of(loan));
        return loan;
    }

    @Transactional
    Loan checkIn(DeskRequests.CheckIn request) {
        var open = loans.lockOpenByItemBarcode(request.itemBarcode());
        if (open.isEmpty()) {
            if (items.findByBarcode(request.itemBarcode()).isEmpty()) {
                throw new UnknownReference("itemBarcode", "No copy has barcode " + request.itemBarcode() + ".");
            }
            throw new Conflict("not-on-loan", "Copy not on loan", "Copy " + request.itemBarcode() + " is not on loan.",
                    new FieldProblem("itemBarcode", "on-loan", "the copy is not on loan"));
        }
        var loan = open.get().checkIn(clock);
        loans.close(loan);
        outbox.add(Topics.LOANS, loan.copyId(), "ItemCheckedIn", LoanEvents.ItemCheckedIn.of(loan));
        return loan;
    }
}
