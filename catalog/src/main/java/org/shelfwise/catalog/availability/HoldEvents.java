package org.shelfwise.catalog.availability;

import org.shelfwise.catalog.books.CopyAvailability;
import org.shelfwise.platform.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Keeps which copies wait on the hold shelf from circulation's hold events: a copy set aside for a patron shows
 * as awaiting pickup (and cannot be removed) until the patron collects it (a check-out follows) or the hold ends.
 */
@Component
class HoldEvents {

    static final String TOPIC = "shelfwise.circulation.holds";

    private final Inbox inbox;
    private final CopyAvailability copies;

    HoldEvents(Inbox inbox, CopyAvailability copies) {
        this.inbox = inbox;
        this.copies = copies;
    }

    @KafkaListener(topics = TOPIC)
    void on(String value) {
        var event = inbox.read(value);
        inbox.handleOnce(event, e -> {
            var copy = e.payload().path("copyId");
            if (copy.isMissingNode() || copy.isNull()) {
                return; // a hold still waiting in the queue has no copy yet
            }
            UUID copyId = UUID.fromString(copy.asString());
            switch (e.type()) {
                case "HoldReadyForPickup" -> {
                    var pickupBy = e.payload().path("pickupBy");
                    copies.awaitingPickup(copyId, pickupBy.isNull() || pickupBy.isMissingNode() ? null
                            : LocalDate.parse(pickupBy.asString()));
                }
                case "HoldCancelled", "HoldExpired" -> copies.releasedFromHoldShelf(copyId);
                default -> {
                    // HoldPlaced concerns no copy yet; HoldFulfilled is followed by the check-out itself
                }
            }
        });
    }
}
