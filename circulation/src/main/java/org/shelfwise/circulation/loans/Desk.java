package org.shelfwise.circulation.loans;

import org.shelfwise.circulation.borrowers.Accounts;
import org.shelfwise.circulation.borrowers.BorrowerAccount;
import org.shelfwise.circulation.borrowers.LoanRefusal;
import org.shelfwise.circulation.borrowers.LoanRefusal.Reason;
import org.shelfwise.circulation.borrowers.Overrides;
import org.shelfwise.circulation.branches.Branches;
import org.shelfwise.circulation.calendar.LibraryCalendar;
import org.shelfwise.circulation.fines.FineDesk;
import org.shelfwise.circulation.holds.HoldShelf;
import org.shelfwise.circulation.items.Items;
import org.shelfwise.circulation.policies.Policies;
import org.shelfwise.platform.problems.NotFound;
import org.shelfwise.platform.problems.UnknownReference;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * Check-out, check-in and renewal, each in one transaction on circulation's own database: lock, load, let the
 * patron's account ({@link BorrowerAccount}) and the loan decide, save, publish. Holds take part through the
 * {@link HoldShelf}: a copy on the hold shelf is lent only to the patron it is kept for, and a checked-in copy
 * goes to the first patron waiting.
 */
@Service
class Desk {

    private final Items items;
    private final Branches branches;
    private final Accounts accounts;
    private final Loans loans;
    private final Policies policies;
    private final LibraryCalendar calendar;
    private final HoldShelf holdShelf;
    private final FineDesk fineDesk;
    private final LoanAnnouncements announcements;
    private final Clock clock;

    Desk(Items items, Branches branches, Accounts accounts, Loans loans, Policies policies, LibraryCalendar calendar,
         HoldShelf holdShelf, FineDesk fineDesk, LoanAnnouncements announcements, Clock clock) {
        this.items = items;
        this.branches = branches;
        this.accounts = accounts;
        this.loans = loans;
        this.policies = policies;
        this.calendar = calendar;
        this.holdShelf = holdShelf;
        this.fineDesk = fineDesk;
        this.announcements = announcements;
        this.clock = clock;
    }

    /** Lends a copy; {@code librarian} names who overrides refusals when the request carries an override. */
    @Transactional
    Loan checkOut(DeskRequests.CheckOut request, String librarian) {
        var item = items.findByBarcode(request.itemBarcode()).orElseThrow(() ->
                new UnknownReference("itemBarcode", "No copy has barcode " + request.itemBarcode() + "."));
        // locked: a patron's check-outs at several desks at once are counted one after the other
        var account = accounts.lock(request.patronBarcode()).orElseThrow(() ->
                new UnknownReference("patronBarcode", "No patron has card " + request.patronBarcode() + "."));
        var borrower = account.borrower();
        var policy = policies.applicableTo(borrower.category(), item.itemType(), item.branch());
        var approval = account.checkOut(policy, calendar.today(), overrides(request.override()));
        holdShelf.claim(item.copyId(), borrower.patronId());
        var due = calendar.nextOpenDay(item.branch(), calendar.today().plusDays(policy.loanPeriodDays()));
        var lent = Loan.open(item, borrower, policy.id(), due, clock);
        try {
            // the partial unique index settles a race between two desks lending the same copy
            loans.add(lent.loan());
        } catch (DuplicateKeyException alreadyLent) {
            throw new LoanRefusal(Reason.COPY_NOT_AVAILABLE, "Copy " + item.barcode() + " is already on loan.");
        }
        loans.recordOverrides(lent.loan().id(), "CHECKOUT", approval, librarian, clock.instant());
        announcements.publish(lent);
        return lent.loan();
    }

    /**
     * Takes a copy back at the desk's branch ({@code request.branch()}; the copy's own when the desk does not say).
     * A copy not on loan that travels for a hold is received: ready if this is the hold's pick-up branch.
     */
    @Transactional
    CheckedIn checkIn(DeskRequests.CheckIn request) {
        var desk = request.branch() == null || request.branch().isBlank() ? null
                : branches.check("branch", request.branch().strip());
        var open = loans.lockOpenByItemBarcode(request.itemBarcode());
        if (open.isEmpty()) {
            var item = items.findByBarcode(request.itemBarcode()).orElseThrow(() ->
                    new UnknownReference("itemBarcode", "No copy has barcode " + request.itemBarcode() + "."));
            var travelling = holdShelf.receive(item, desk != null ? desk : item.branch());
            if (travelling.isEmpty()) {
                throw new LoanRefusal(Reason.NOT_ON_LOAN, "Copy " + request.itemBarcode() + " is not on loan.");
            }
            return CheckedIn.of(null, Optional.empty(), travelling);
        }
        var returned = open.get().checkIn(clock);
        var loan = returned.loan();
        loans.close(loan);
        var fine = fineDesk.chargeOnReturn(loan.id(), loan.patronId(), loan.patronBarcode(), loan.dueDate(),
                loan.policyId());
        announcements.publish(returned);
        // a patron waiting for the book gets this copy on the hold shelf instead of it going back on the shelf
        var hold = items.findByBarcode(loan.itemBarcode())
                .flatMap(item -> holdShelf.offer(item, desk != null ? desk : item.branch()));
        return CheckedIn.of(loan, fine, hold);
    }

    /** Extends a loan by its policy's period from its due date (or from today, if it is overdue). */
    @Transactional
    Loan renew(UUID loanId, DeskRequests.Override override, String librarian) {
        // locked: a check-in racing the renewal waits for it, or the renewal finds the loan closed
        var loan = loans.lock(loanId).orElseThrow(() -> new NotFound("Loan", loanId));
        var policy = policies.findKept(loan.policyId()).orElseThrow(() ->
                new IllegalStateException("loan " + loanId + " names a policy that no longer exists"));
        var renewal = new BorrowerAccount.Renewal(loan.isOpen(), loan.renewals(),
                loan.isOpen() && holdShelf.othersWaitFor(loan.bookId(), loan.patronId()));
        var today = calendar.today();
        var overrides = overrides(override);
        var approval = accounts.find(loan.patronId())
                .map(account -> account.renew(policy, renewal, today, overrides))
                .orElseGet(() -> BorrowerAccount.renewWithoutAccount(policy, renewal, today, overrides));
        var from = loan.dueDate().isBefore(today) ? today : loan.dueDate();
        var branch = items.findByBarcode(loan.itemBarcode()).map(item -> item.branch()).orElse(null);
        var renewed = loan.renew(calendar.nextOpenDay(branch, from.plusDays(policy.loanPeriodDays())));
        loans.renew(renewed.loan());
        loans.recordOverrides(loanId, "RENEWAL", approval, librarian, clock.instant());
        announcements.publish(renewed);
        return renewed.loan();
    }

    private static Overrides overrides(DeskRequests.Override override) {
        return override == null ? Overrides.none() : Overrides.because(override.reason());
    }
}
