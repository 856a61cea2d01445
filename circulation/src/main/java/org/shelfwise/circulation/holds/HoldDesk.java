package org.shelfwise.circulation.holds;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.shelfwise.circulation.borrowers.Accounts;
import org.shelfwise.circulation.branches.Branches;
import org.shelfwise.circulation.borrowers.HoldRefusal;
import org.shelfwise.circulation.calendar.LibraryCalendar;
import org.shelfwise.circulation.items.Items;
import org.shelfwise.circulation.policies.Policies;
import org.shelfwise.platform.problems.NotFound;
import org.shelfwise.platform.problems.UnknownReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.util.UUID;

/** Places and cancels holds, and expires those left unclaimed on the hold shelf. */
@Service
class HoldDesk {

    private static final Logger log = LoggerFactory.getLogger(HoldDesk.class);
    private static final int EXPIRY_BATCH = 200;

    private final Holds holds;
    private final HoldShelf shelf;
    private final Items items;
    private final Branches branches;
    private final Accounts accounts;
    private final Policies policies;
    private final LibraryCalendar calendar;
    private final HoldAnnouncements announcements;
    private final TransactionTemplate transaction;
    private final Clock clock;

    HoldDesk(Holds holds, HoldShelf shelf, Items items, Branches branches, Accounts accounts, Policies policies,
             LibraryCalendar calendar, HoldAnnouncements announcements, TransactionTemplate transaction, Clock clock) {
        this.holds = holds;
        this.shelf = shelf;
        this.items = items;
        this.branches = branches;
        this.accounts = accounts;
        this.policies = policies;
        this.calendar = calendar;
        this.announcements = announcements;
        this.transaction = transaction;
        this.clock = clock;
    }

    /**
     * Places a hold, to be collected at {@code pickupBranch} (a branch of the library) or, when null, wherever the
     * copy comes back.
     */
    @Transactional
    Hold place(UUID bookId, String patronBarcode, String pickupBranch) {
        if (pickupBranch != null) {
            branches.check("pickupBranch", pickupBranch);
        }
        if (!items.holdsCopiesOf(bookId)) {
            throw new UnknownReference("bookId", "The library has no copy of book " + bookId + ".");
        }
        // locked: a patron's holds placed at once are counted one after the other
        var account = accounts.lock(patronBarcode).orElseThrow(() ->
                new UnknownReference("patronBarcode", "No patron has card " + patronBarcode + "."));
        var borrower = account.borrower();
        account.placeHold(policies.applicableTo(borrower.category(), null, null), calendar.today());
        var placed = Hold.place(bookId, borrower.patronId(), borrower.barcode(), pickupBranch, clock);
        try {
            holds.add(placed.hold());
        } catch (DuplicateKeyException already) {
            throw new HoldRefusal(HoldRefusal.Reason.ALREADY_HOLDING, "The patron already holds this book.");
        }
        announcements.publish(placed);
        return placed.hold();
    }

    /**
     * Cancels a hold {@code by} whoever asked; a copy kept on the hold shelf for it passes to the next patron
     * waiting.
     */
    @Transactional
    Hold cancel(UUID holdId, Hold.CancelledBy by) {
        var hold = holds.lock(holdId).orElseThrow(() -> new NotFound("Hold", holdId));
        var cancelled = hold.cancel(by, clock);
        holds.update(cancelled.hold());
        announcements.publish(cancelled);
        passOn(hold);
        return cancelled.hold();
    }

    /**
     * Expires holds not collected by their pickup deadline and passes each copy on. ShedLock runs it on one instance
     * at a time; within a run, rows are locked and skipped by anyone else, so no hold expires twice.
     */
    @Scheduled(cron = "${shelfwise.circulation.hold-expiry-cron:0 5 * * * *}")
    @SchedulerLock(name = "expire-unclaimed-holds", lockAtMostFor = "PT10M")
    public void expireUnclaimed() {
        int expired;
        int total = 0;
        do {
            expired = transaction.execute(status -> {
                var due = holds.lockUnclaimed(calendar.today(), EXPIRY_BATCH);
                for (var hold : due) {
                    var ended = hold.expire(clock);
                    holds.update(ended.hold());
                    announcements.publish(ended);
                    passOn(hold);
                }
                return due.size();
            });
            total += expired;
        } while (expired == EXPIRY_BATCH);
        if (total > 0) {
            log.info("Expired {} unclaimed holds", total);
        }
    }

    /**
     * A copy kept for a hold that ended goes to the next patron waiting: one on the hold shelf is at the hold's
     * pick-up branch (or, without one, where it came back); one on its way is nowhere yet, so a next hold with a
     * pick-up branch has it sent there.
     */
    private void passOn(Hold hold) {
        if (hold.status() == Hold.Status.READY || hold.status() == Hold.Status.IN_TRANSIT) {
            items.findByBarcode(hold.itemBarcode()).ifPresent(item -> shelf.offer(item,
                    hold.status() == Hold.Status.IN_TRANSIT ? null
                            : hold.pickupBranch() != null ? hold.pickupBranch() : item.branch()));
        }
    }
}
