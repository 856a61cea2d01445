package org.shelfwise.circulation.holds;

import org.shelfwise.circulation.Topics;
import org.shelfwise.events.circulation.HoldCancelled;
import org.shelfwise.events.circulation.HoldExpired;
import org.shelfwise.events.circulation.HoldFulfilled;
import org.shelfwise.events.circulation.HoldPlaced;
import org.shelfwise.events.circulation.HoldReadyForPickup;
import org.shelfwise.platform.events.PublishedEvent;
import org.shelfwise.platform.outbox.Outbox;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Publishes hold events through the outbox, keyed by book id so that each book's queue stays in order: the one
 * place they become the published events, circulation-events' records, each with the hold's whole state.
 */
@Component
class HoldAnnouncements {

    private final Outbox outbox;

    HoldAnnouncements(Outbox outbox) {
        this.outbox = outbox;
    }

    void publish(HoldEvent event) {
        outbox.add(Topics.HOLDS, event.hold().bookId(), published(event));
    }

    /** The event other services read for this one. */
    static PublishedEvent published(HoldEvent event) {
        var hold = event.hold();
        return switch (event) {
            case HoldEvent.Placed _ -> state(HoldPlaced::new, hold);
            case HoldEvent.ReadyForPickup ready -> new HoldReadyForPickup(hold.id(), hold.bookId(), hold.patronId(),
                    hold.patronBarcode(), hold.status().name(), hold.copyId(), hold.itemBarcode(), hold.pickupBy(),
                    ready.branch());
            case HoldEvent.Fulfilled _ -> state(HoldFulfilled::new, hold);
            case HoldEvent.Cancelled cancelled -> new HoldCancelled(hold.id(), hold.bookId(), hold.patronId(),
                    hold.patronBarcode(), hold.status().name(), hold.copyId(), hold.itemBarcode(), hold.pickupBy(),
                    hold.pickupBranch(), cancelled.by().name());
            case HoldEvent.Expired _ -> state(HoldExpired::new, hold);
        };
    }

    /**
     * The constructor the placed, fulfilled and expired events share (the ready one names where its copy waits
     * instead of the pick-up branch; the cancelled one adds who cancelled): the hold's whole state.
     */
    private interface HoldState<E extends PublishedEvent> {
        E of(UUID holdId, UUID bookId, UUID patronId, String patronBarcode, String status, UUID copyId,
             String itemBarcode, LocalDate pickupBy, String pickupBranch);
    }

    private static <E extends PublishedEvent> E state(HoldState<E> event, Hold hold) {
        return event.of(hold.id(), hold.bookId(), hold.patronId(), hold.patronBarcode(), hold.status().name(),
                hold.copyId(), hold.itemBarcode(), hold.pickupBy(), hold.pickupBranch());
    }
}
