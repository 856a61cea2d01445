package org.shelfwise.events.patrons;

import java.time.LocalDate;
import java.util.UUID;

/** A patron was registered. */
public record PatronRegistered(UUID patronId, String barcode, String name, String email, String category,
                 LocalDate cardExpiresOn, String status, String blockedReason) implements PatronEvent {
}
