package org.shelfwise.catalog.availability;

import org.shelfwise.catalog.books.CopyAvailability;
import org.shelfwise.events.circulation.HoldCancelled;
import org.shelfwise.events.circulation.HoldEvent;
import org.shelfwise.events.circulation.HoldExpired;
import org.shelfwise.events.circulation.HoldFulfilled;
import org.shelfwise.events.circulation.HoldPlaced;
import org.shelfwise.events.circulation.HoldReadyForPickup;
import org.shelfwise.platform.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps which copies wait on the hold shelf from circulation's hold events: a copy set aside for a patron shows
 * as awaiting pickup (and cannot be removed) until the patron collects it (a check-out follows) or the hold ends.
 */
@Component
class HoldEventsListener {

    static final String TOPIC = HoldEvent.TOPIC;

    private final Inbox inbox;
    private final CopyAvailability copies;

    HoldEventsListener(Inbox inbox, CopyAvailability copies) {
        this.inbox = inbox;
        this.copies = copies;
    }

    @KafkaListener(topics = TOPIC)
    void on(String value) {
        var received = inbox.read(value);
        inbox.handleOnce(received, envelope -> HoldEvent.TYPES.read(envelope).ifPresent(event -> {
            if (event.copyId() == null) {
                return; // a hold still waiting in the queue has no copy yet
            }
            switch (event) {
                case HoldReadyForPickup ready -> copies.awaitingPickup(ready.copyId(), ready.pickupBy());
                case HoldCancelled cancelled -> copies.releasedFromHoldShelf(cancelled.copyId());
                case HoldExpired expired -> copies.releasedFromHoldShelf(expired.copyId());
                // HoldPlaced concerns no copy yet; HoldFulfilled is followed by the check-out itself
                case HoldPlaced _, HoldFulfilled _ -> {
                }
            }
        }));
    }
}
