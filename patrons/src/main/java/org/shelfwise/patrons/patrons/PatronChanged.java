package org.shelfwise.patrons.patrons;

import org.shelfwise.events.patrons.PatronRegistered;
import org.shelfwise.events.patrons.PatronUpdated;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A patron's whole state as other services keep it, published as {@code PatronRegistered} or {@code PatronUpdated}
 * (patrons-events) on {@value PatronTopic#TOPIC}. {@code status} is ACTIVE or BLOCKED; an expired card is told by
 * {@code cardExpiresOn}, since expiry needs no event.
 */
record PatronChanged(UUID patronId, String barcode, String name, String email, String category,
                     LocalDate cardExpiresOn, String status, String blockedReason) {

    PatronRegistered registered() {
        return new PatronRegistered(patronId, barcode, name, email, category, cardExpiresOn, status, blockedReason);
    }

    PatronUpdated updated() {
        return new PatronUpdated(patronId, barcode, name, email, category, cardExpiresOn, status, blockedReason);
    }
}
