package org.shelfwise.patrons.patrons;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A patron as the API shows it, with their status as of today. */
record PatronResponse(UUID id, String barcode, String name, String email, String phone, String address,
                      LocalDate dateOfBirth, String category, LocalDate cardExpiresOn, PatronStatus status,
                      String blockedReason, Instant createdAt) {

    static PatronResponse of(Patron patron, LocalDate today) {
        return new PatronResponse(patron.id().value(), patron.barcode().value(), patron.name(), patron.email(),
                patron.contact().phone(), patron.contact().address(), patron.contact().dateOfBirth(),
                patron.category(), patron.cardExpiresOn(), patron.status(today), patron.blockedReason(),
                patron.createdAt());
    }
}
