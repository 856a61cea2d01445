package org.shelfwise.events.catalog;

import org.shelfwise.platform.events.EventTypes;
import org.shelfwise.platform.events.PublishedEvent;

import java.util.UUID;

/** An event on the catalogue's copies topic, keyed by copy id so that each copy's events stay in order. */
public sealed interface CopyEvent extends PublishedEvent
        permits CopyAdded, CopyUpdated, CopyMoved, CopyRemoved, CopyAvailabilityChanged {

    String TOPIC = "shelfwise.catalog.copies";

    /** How a consumer reads the topic. */
    EventTypes<CopyEvent> TYPES = EventTypes.of(CopyAdded.class, CopyUpdated.class, CopyMoved.class,
            CopyRemoved.class, CopyAvailabilityChanged.class);

    UUID copyId();

    String barcode();

    UUID bookId();
}
