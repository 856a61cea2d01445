package org.shelfwise.events.patrons;

import java.time.LocalDate;
import java.util.UUID;

/** A patron's details or standing changed. */
public record PatronUpdated(UUID patronId, String barcode, String name, String email, String category,
                 LocalDate cardExpiresOn, String status, String blockedReason) implements PatronEvent {
}
