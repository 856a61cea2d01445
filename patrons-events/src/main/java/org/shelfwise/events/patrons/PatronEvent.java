package org.shelfwise.events.patrons;

import org.shelfwise.platform.events.EventTypes;
import org.shelfwise.platform.events.PublishedEvent;

import java.time.LocalDate;
import java.util.UUID;

/**
 * An event on the patrons topic, keyed by patron id: each carries the patron's whole state as other services keep
 * it. {@code status} is ACTIVE or BLOCKED; an expired card is told by {@code cardExpiresOn}, since expiry needs no
 * event.
 */
public sealed interface PatronEvent extends PublishedEvent permits PatronRegistered, PatronUpdated {

    String TOPIC = "shelfwise.patrons.patrons";

    /** How a consumer reads the topic. */
    EventTypes<PatronEvent> TYPES = EventTypes.of(PatronRegistered.class, PatronUpdated.class);

    UUID patronId();

    String barcode();

    String name();

    String email();

    String category();

    LocalDate cardExpiresOn();

    String status();

    String blockedReason();
}
