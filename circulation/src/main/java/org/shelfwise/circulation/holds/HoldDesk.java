package org.shelfwise.circulation.holds;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.shelfwise.circulation.Topics;
import org.shelfwise.circulation.borrowers.Borrowers;
import org.shelfwise.circulation.borrowers.Categories;
import org.shelfwise.circulation.calendar.LibraryCalendar;
import org.shelfwise.circulation.items.Items;
import org.shelfwise.circulation.policies.Policies;
import org.shelfwise.platform.outbox.Outbox;
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
    private final Borrowers borrowers;
    private final Categories categories;
    private final Policies policies;
    private final LibraryCalendar calendar;
    private final Outbox outbox;
    private final TransactionTemplate transaction;
    private final Clock clock;

    HoldDesk(Holds holds, HoldShelf shelf, Items items, Borrowers borrowers, Categories categories, Policies policies,
             LibraryCalendar calendar, Outbox outbox, TransactionTemplate transaction, Clock clock) {
        this.holds = holds;
        this.shelf = shelf;
        this.items = items;
        this.borrowers = borrowers;
        this.categories = categories;
        this.policies = policies;
        this.calendar = calendar;
        this.outbox = outbox;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Transactional
    Hold place(UUID bookId, String patronBarcode) {
        if (!items.holdsCopiesOf(bookId)) {
            throw new UnknownReference("bookId", "The library has no copy of book " + bookId + ".");
        }
        // locked: a patron's holds placed at once are counted one after the other
        var borrower = borrowers.lockByBarcode(patronBarcode).orElseThrow(() ->
                new UnknownReference("patronBarcode", "No patron has card " + patronBarcode + "."));
        var policy = policies.applicableTo(borrower.category(), null, null);
        int limit = categories.of(borrower.category()).map(c -> Math.min(c.maxHolds(), policy.maxHolds()))
                .orElse(policy.maxHolds());
        long active = holds.activeOf(borrower.patronId());
        if (active >= limit) {
            throw new HoldRefusal(HoldRefusal.Reason.HOLD_LIMIT_REACHED,
                    "The patron has " + active + " holds; " + limit + " are allowed.");
        }
        var hold = Hold.place(bookId, borrower.patronId(), borrower.barcode(), clock);
        try {
            holds.add(hold);
        } catch (DuplicateKeyException already) {
            throw new HoldRefusal(HoldRefusal.Reason.ALREADY_HOLDING, "The patron already holds this book.");
        }
        outbox.add(Topics.HOLDS, bookId, "HoldPlaced", HoldEvents.HoldChanged.of(hold));
        return hold;
    }

    /** Cancels a hold; a copy kept on the hold shelf for it passes to the next patron waiting. */
    @Transactional
    Hold cancel(UUID holdId) {
        var hold = holds.lock(holdId).orElseThrow(() -> new NotFound("Hold", holdId));
        if (!hold.isActive()) {
            throw new HoldRefusal(HoldRefusal.Reason.HOLD_NOT_ACTIVE, "The hold is already " + hold.status().name().toLowerCase() + ".");
        }
        var cancelled = hold.close(Hold.Status.CANCELLED, clock);
        holds.update(cancelled);
        outbox.add(Topics.HOLDS, cancelled.bookId(), "HoldCancelled", HoldEvents.HoldChanged.of(cancelled));
        passOn(hold);
        return cancelled;
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
                    var ended = hold.close(Hold.Status.EXPIRED, clock);
                    holds.update(ended);
                    outbox.add(Topics.HOLDS, ended.bookId(), "HoldExpired", HoldEvents.HoldChanged.of(ended));
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

    private void passOn(Hold hold) {
        if (hold.status() == Hold.Status.READY) {
            items.findByBarcode(hold.itemBarcode()).ifPresent(shelf::offer);
        }
    }
}
