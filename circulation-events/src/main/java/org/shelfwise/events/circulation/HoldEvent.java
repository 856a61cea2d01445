package org.shelfwise.events.circulation;

import org.shelfwise.platform.events.EventTypes;
import org.shelfwise.platform.events.PublishedEvent;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An event on circulation's holds topic, keyed by book id so that each book's queue stays in order. Every hold event
 * carries the hold's whole state; {@code copyId}, {@code itemBarcode} and {@code pickupBy} are null until a copy is
 * set aside for it. All but {@code HoldReadyForPickup} also carry {@code pickupBranch}, the branch the patron chose to
 * collect at (null when none was chosen; added in version 1, so older consumers pass over it).
 */
public sealed interface HoldEvent extends PublishedEvent
        permits HoldPlaced, HoldReadyForPickup, HoldFulfilled, HoldCancelled, HoldExpired {

    String TOPIC = "shelfwise.circulation.holds";

    /** How a consumer reads the topic. */
    EventTypes<HoldEvent> TYPES = EventTypes.of(HoldPlaced.class, HoldReadyForPickup.class, HoldFulfilled.class,
            HoldCancelled.class, HoldExpired.class);

    UUID holdId();

    UUID bookId();

    UUID patronId();

    String patronBarcode();

    String status();

    UUID copyId();

    String itemBarcode();

    LocalDate pickupBy();
}
