package org.shelfwise.circulation.holds;

import org.shelfwise.circulation.Topics;
import org.shelfwise.circulation.borrowers.Borrower;
import org.shelfwise.circulation.borrowers.Borrowers;
import org.shelfwise.circulation.calendar.LibraryCalendar;
import org.shelfwise.circulation.items.Item;
import org.shelfwise.circulation.policies.Policies;
import org.shelfwise.platform.outbox.Outbox;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;
import java.util.UUID;

/**
 * The desk's side of holds, inside a check-out, check-in or renewal: a checked-in copy goes to the first patron
 * waiting for its book, a copy on the hold shelf goes only to the patron it is kept for, and a loan is not renewed
 * while others wait.
 */
@Component
public class HoldShelf {

    private final Holds holds;
    private final Borrowers borrowers;
    private final Policies policies;
    private final LibraryCalendar calendar;
    private final Outbox outbox;
    private final Clock clock;

    HoldShelf(Holds holds, Borrowers borrowers, Policies policies, LibraryCalendar calendar, Outbox outbox, Clock clock) {
        this.holds = holds;
        this.borrowers = borrowers;
        this.policies = policies;
        this.calendar = calendar;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Puts a checked-in (or released) copy on the hold shelf for the first patron waiting, if any. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Hold> offer(Item item) {
        return holds.lockFirstWaiting(item.bookId()).map(first -> {
            String category = borrowers.findByBarcode(first.patronBarcode()).map(Borrower::category).orElse(null);
            var policy = policies.applicableTo(category, item.itemType(), item.branch());
            var deadline = calendar.nextOpenDay(item.branch(), calendar.today().plusDays(policy.pickupDays()));
            var ready = first.readyWith(item.copyId(), item.barcode(), deadline);
            holds.update(ready);
            outbox.add(Topics.HOLDS, ready.bookId(), "HoldReadyForPickup", HoldEvents.HoldChanged.of(ready));
            return ready;
        });
    }

    /** Lets the patron borrow a copy kept for them (fulfilling the hold); refuses a copy kept for someone else. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void claim(UUID copyId, UUID patronId) {
        holds.lockReadyOn(copyId).ifPresent(hold -> {
            if (!hold.patronId().equals(patronId)) {
                throw new HoldRefusal(HoldRefusal.Reason.COPY_HELD_FOR_ANOTHER_PATRON,
                        "Copy " + hold.itemBarcode() + " is on the hold shelf for another patron until " + hold.pickupBy() + ".");
            }
            var fulfilled = hold.close(Hold.Status.FULFILLED, clock);
            holds.update(fulfilled);
            outbox.add(Topics.HOLDS, fulfilled.bookId(), "HoldFulfilled", HoldEvents.HoldChanged.of(fulfilled));
        });
    }

    /** Whether patrons other than this one wait for the book (then its loans are not renewed). */
    public boolean othersWaitFor(UUID bookId, UUID patronId) {
        return holds.othersWaiting(bookId, patronId);
    }
}
