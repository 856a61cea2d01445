package org.shelfwise.patrons.patrons;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The payload of {@code PatronRegistered} and {@code PatronUpdated} on {@value PatronEvents#TOPIC}: a patron's
 * whole state as other services keep it. {@code status} is ACTIVE or BLOCKED; an expired card is told by
 * {@code cardExpiresOn}, since expiry needs no event.
 */
record PatronChanged(UUID patronId, String barcode, String name, String email, String category,
                     LocalDate cardExpiresOn, String status, String blockedReason) {

    static final String REGISTERED = "PatronRegistered";
    static final String UPDATED = "PatronUpdated";
}
