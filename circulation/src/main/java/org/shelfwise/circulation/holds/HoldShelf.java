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
 * waiting for its book (to the hold shelf, or in transit to the hold's pick-up branch), a copy kept for a patron
 * goes only to them, and a loan is not renewed while others wait.
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

    /**
     * Keeps a checked-in (or released) copy for the first patron waiting, if any: on the hold shelf, or, when the
     * hold's pick-up branch is not {@code at} (where the copy is now; null when unknown), in transit to that branch.
     * The answer is the hold as it now is, {@code READY} or {@code IN_TRANSIT}.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Hold> offer(Item item, String at) {
        return holds.lockFirstWaiting(item.bookId()).map(first -> first.collectableAt(at) ? ready(first, item)
                : send(first, item));
    }

    /**
     * A copy not on loan checked in at {@code at}: if it travels for a hold, it becomes ready at the hold's pick-up
     * branch, and elsewhere stays in transit (the answer says where to send it). Empty when it travels for nobody.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Hold> receive(Item item, String at) {
        return holds.lockKeptOn(item.copyId()).filter(kept -> kept.status() == Hold.Status.IN_TRANSIT)
                .map(travelling -> travelling.collectableAt(at) ? ready(travelling, item) : travelling);
    }

    private Hold ready(Hold hold, Item item) {
        String category = borrowers.findByBarcode(hold.patronBarcode()).map(Borrower::category).orElse(null);
        var policy = policies.applicableTo(category, item.itemType(), item.branch());
        // the copy waits at the pick-up branch, so that branch's days count
        String where = hold.pickupBranch() != null ? hold.pickupBranch() : item.branch();
        var deadline = calendar.nextOpenDay(where, calendar.today().plusDays(policy.pickupDays()));
        var ready = hold.readyWith(item.copyId(), item.barcode(), deadline).at(where);
        holds.update(ready.hold());
        announcements.publish(ready);
        return ready.hold();
    }

    // not announced: the hold's next event (ready, fulfilled or cancelled) carries the copy; see docs/circulation.md
    private Hold send(Hold hold, Item item) {
        var sent = hold.sentWith(item.copyId(), item.barcode());
        holds.update(sent);
        return sent;
    }

    /** Lets the patron borrow a copy kept for them (fulfilling the hold); refuses a copy kept for someone else. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void claim(UUID copyId, UUID patronId) {
        holds.lockKeptOn(copyId).ifPresent(hold -> {
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
