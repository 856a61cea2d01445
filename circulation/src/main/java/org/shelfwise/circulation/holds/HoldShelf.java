package org.shelfwise.circulation.holds;

import org.shelfwise.circulation.borrowers.Borrower;
import org.shelfwise.circulation.borrowers.Borrowers;
import org.shelfwise.circulation.calendar.LibraryCalendar;
import org.shelfwise.circulation.items.Item;
import org.shelfwise.circulation.policies.Policies;
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
    private final HoldAnnouncements announcements;
    private final Clock clock;

    HoldShelf(Holds holds, Borrowers borrowers, Policies policies, LibraryCalendar calendar,
              HoldAnnouncements announcements, Clock clock) {
        this.holds = holds;
        this.borrowers = borrowers;
        this.policies = policies;
        this.calendar = calendar;
        this.announcements = announcements;
        this.clock = clock;
    }

    /** Puts a checked-in (or released) copy on the hold shelf for the first patron waiting, if any. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Hold> offer(Item item) {
        return holds.lockFirstWaiting(item.bookId()).map(first -> {
            String category = borrowers.findByBarcode(first.patronBarcode()).map(Borrower::category).orElse(null);
            var policy = policies.applicableTo(category, item.itemType(), item.branch());
            var deadline = calendar.nextOpenDay(item.branch(), calendar.today().plusDays(policy.pickupDays()));
            var ready = first.readyWith(item.copyId(), item.barcode(), deadline).at(item.branch());
            holds.update(ready.hold());
            announcements.publish(ready);
            return ready.hold();
        });
    }

    /** Lets the patron borrow a copy kept for them (fulfilling the hold); refuses a copy kept for someone else. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void claim(UUID copyId, UUID patronId) {
        holds.lockReadyOn(copyId).ifPresent(hold -> {
            var fulfilled = hold.fulfilFor(patronId, clock);
            holds.update(fulfilled.hold());
            announcements.publish(fulfilled);
        });
    }

    /** Whether patrons other than this one wait for the book (then its loans are not renewed). */
    public boolean othersWaitFor(UUID bookId, UUID patronId) {
        return holds.othersWaiting(bookId, patronId);
    }
}
