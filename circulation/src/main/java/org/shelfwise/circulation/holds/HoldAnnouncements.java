package org.shelfwise.circulation.holds;

import org.shelfwise.circulation.Topics;
import org.shelfwise.platform.outbox.Outbox;
import org.springframework.stereotype.Component;

/**
 * Publishes hold events through the outbox, keyed by book id so that each book's queue stays in order: the one
 * place they become the published events, each with the hold's whole state.
 */
@Component
class HoldAnnouncements {

    private final Outbox outbox;

    HoldAnnouncements(Outbox outbox) {
        this.outbox = outbox;
    }

    void publish(HoldEvent event) {
        var type = switch (event) {
            case HoldEvent.Placed placed -> "HoldPlaced";
            case HoldEvent.ReadyForPickup ready -> "HoldReadyForPickup";
            case HoldEvent.Fulfilled fulfilled -> "HoldFulfilled";
            case HoldEvent.Cancelled cancelled -> "HoldCancelled";
            case HoldEvent.Expired expired -> "HoldExpired";
        };
        outbox.add(Topics.HOLDS, event.hold().bookId(), type, HoldEvents.HoldChanged.of(event.hold()));
    }
}
