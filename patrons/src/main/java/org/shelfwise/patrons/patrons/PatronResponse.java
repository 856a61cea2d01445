package org.shelfwise.patrons.patrons;

import java.time.Instant;
import java.util.UUID;

/** A patron as the API shows it. */
record PatronResponse(UUID id, String barcode, String name, String email, PatronStatus status, Instant createdAt) {

    static PatronResponse of(Patron patron) {
        return new PatronResponse(patron.id().value(), patron.barcode().value(), patron.name(), patron.email(),
                patron.status(), patron.createdAt());
    }
}
