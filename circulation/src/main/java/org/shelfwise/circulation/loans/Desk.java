package org.shelfwise.circulation.loans;

import org.shelfwise.circulation.Topics;
import org.shelfwise.circulation.borrowers.Borrower;
import org.shelfwise.circulation.borrowers.Borrowers;
import org.shelfwise.circulation.borrowers.Categories;
import org.shelfwise.circulation.borrowers.CategoryLimits;
import org.shelfwise.circulation.fines.FineDesk;
import org.shelfwise.circulation.calendar.LibraryCalendar;
import org.shelfwise.circulation.holds.HoldShelf;
import org.shelfwise.circulation.items.Items;
import org.shelfwise.circulation.loans.LoanRefusal.Reason;
import org.shelfwise.circulation.policies.Policies;
import org.shelfwise.platform.outbox.Outbox;
import org.shelfwise.platform.problems.NotFound;
import org.shelfwise.platform.problems.UnknownReference;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Check-out, check-in and renewal, with holds: a copy on the hold shelf is lent only to the patron it is kept for,
 * a checked-in copy goes to the first patron waiting, and a loan is not renewed while others wait. Each touches only circulation's own database, in one transaction, and
 * announces itself through the outbox.
 */
@Service
class Desk {

    private final Items items;
    private final Borrowers borrowers;
    private final Loans loans;
    private final Policies policies;
    private final LibraryCalendar calendar;
    private final HoldShelf holdShelf;
    private final FineDesk fineDesk;
    private final Categories categories;
    private final Outbox outbox;
    private final Clock clock;

    Desk(Items items, Borrowers borrowers, Loans loans, Policies policies, LibraryCalendar calendar, HoldShelf holdShelf,
         FineDesk fineDesk, Categories categories, Outbox outbox, Clock clock) {
        this.items = items;
        this.borrowers = borrowers;
        this.loans = loans;
        this.policies = policies;
        this.calendar = calendar;
        this.holdShelf = holdShelf;
        this.fineDesk = fineDesk;
        this.categories = categories;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Lends a copy; {@code librarian} names who overrides refusals when the request carries an override. */
    @Transactional
    Loan checkOut(DeskRequests.CheckOut request, String librarian) {
        var guard = new Guard(request.override());
        var item = items.findByBarcode(request.itemBarcode()).orElseThrow(() ->
                new UnknownReference("itemBarcode", "No copy has barcode " + request.itemBarcode() + "."));
        // locked: a patron's check-outs at several desks at once are counted one after the other
        var borrower = borrowers.lockByBarcode(request.patronBarcode()).orElseThrow(() ->
                new UnknownReference("patronBarcode", "No patron has card " + request.patronBarcode() + "."));
        var category = categories.of(borrower.category());
        ensureMayBorrow(borrower, category, guard);
        var policy = policies.applicableTo(borrower.category(), item.itemType(), item.branch());
        // the category's limit for all loans and the policy's for this kind of loan both apply
        int limit = category.map(c -> Math.min(c.maxOpenLoans(), policy.maxOpenLoans())).orElse(policy.maxOpenLoans());
        long open = loans.openCount(borrower.patronId());
        if (open >= limit) {
            guard.refuse(new LoanRefusal(Reason.LOAN_LIMIT_REACHED,
                    "The patron has " + open + " loans open; " + limit + " are allowed."));
        }
        holdShelf.claim(item.copyId(), borrower.patronId());
        var due = calendar.nextOpenDay(item.branch(), calendar.today().plusDays(policy.loanPeriodDays()));
        var loan = Loan.open(item, borrower, policy.id(), due, clock);
        try {
            // the partial unique index settles a race between two desks lending the same copy
            loans.add(loan);
        } catch (DuplicateKeyException alreadyLent) {
            throw new LoanRefusal(Reason.COPY_NOT_AVAILABLE, "Copy " + item.barcode() + " is already on loan.");
        }
        loans.recordOverrides(loan.id(), "CHECKOUT", guard, librarian, clock.instant());
        outbox.add(Topics.LOANS, loan.copyId(), "ItemCheckedOut", LoanEvents.ItemCheckedOut.of(loan));
        return loan;
    }

    @Transactional
    CheckedIn checkIn(DeskRequests.CheckIn request) {
        var open = loans.lockOpenByItemBarcode(request.itemBarcode());
        if (open.isEmpty()) {
            if (items.findByBarcode(request.itemBarcode()).isEmpty()) {
                throw new UnknownReference("itemBarcode", "No copy has barcode " + request.itemBarcode() + ".");
            }
            throw new LoanRefusal(Reason.NOT_ON_LOAN, "Copy " + request.itemBarcode() + " is not on loan.");
        }
        var loan = open.get().checkIn(clock);
        loans.close(loan);
        var fine = fineDesk.chargeOnReturn(loan.id(), loan.patronId(), loan.patronBarcode(), loan.dueDate(),
                loan.policyId());
        outbox.add(Topics.LOANS, loan.copyId(), "ItemCheckedIn", LoanEvents.ItemCheckedIn.of(loan));
        // a patron waiting for the book gets this copy on the hold shelf instead of it going back on the shelf
        var hold = items.findByBarcode(loan.itemBarcode()).flatMap(holdShelf::offer);
        return CheckedIn.of(loan, fine, hold);
    }

    /** Extends a loan by its policy's period from its due date (or from today, if it is overdue). */
    @Transactional
    Loan renew(UUID loanId, DeskRequests.Override override, String librarian) {
        var guard = new Guard(override);
        // locked: a check-in racing the renewal waits for it, or the renewal finds the loan closed
        var loan = loans.lock(loanId).orElseThrow(() -> new NotFound("Loan", loanId));
        borrowers.findByBarcode(loan.patronBarcode())
                .ifPresent(borrower -> ensureMayBorrow(borrower, categories.of(borrower.category()), guard));
        if (loan.isOpen() && holdShelf.othersWaitFor(loan.bookId(), loan.patronId())) {
            guard.refuse(new LoanRefusal(Reason.PATRONS_WAITING,
                    "Other patrons are waiting for this book; it cannot be renewed."));
        }
        var policy = policies.findKept(loan.policyId()).orElseThrow(() ->
                new IllegalStateException("loan " + loanId + " names a policy that no longer exists"));
        var from = loan.dueDate().isBefore(calendar.today()) ? calendar.today() : loan.dueDate();
        var item = items.findByBarcode(loan.itemBarcode());
        var renewed = loan.renew(policy, calendar.nextOpenDay(item.map(i -> i.branch()).orElse(null),
                from.plusDays(policy.loanPeriodDays())), guard);
        loans.renew(renewed);
        loans.recordOverrides(renewed.id(), "RENEWAL", guard, librarian, clock.instant());
        outbox.add(Topics.LOANS, renewed.copyId(), "ItemRenewed", LoanEvents.ItemRenewed.of(renewed));
        return renewed;
    }

    private void ensureMayBorrow(Borrower borrower, Optional<CategoryLimits> limits, Guard guard) {
        limits.ifPresent(category -> {
            var balance = fineDesk.balance(borrower.patronId());
            if (balance.compareTo(category.maxFineBalance()) > 0) {
                guard.refuse(new LoanRefusal(Reason.FINES_OVER_LIMIT, "The patron owes " + balance + " in fines; above "
                        + category.maxFineBalance() + " no more loans or renewals are allowed."));
            }
        });
        borrower.refusal(calendar.today()).ifPresent(refusal -> guard.refuse(switch (refusal) {
            case BLOCKED -> new LoanRefusal(Reason.PATRON_BLOCKED, "The patron is blocked: " + borrower.blockedReason());
            case CARD_EXPIRED -> new LoanRefusal(Reason.CARD_EXPIRED,
                    "The patron's card expired on " + borrower.cardExpiresOn() + ".");
        }));
    }
}
