package org.shelfwise.patrons.patrons;

import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** A person registered to borrow from the library, known at the desk by the barcode on their card. */
record Patron(PatronId id, CardBarcode barcode, String name, String email, PatronStatus status, Instant createdAt) {

    /** A new, active patron. Emails are compared without regard to case, so they are kept in lower case. */
    static Patron register(CardBarcode barcode, String name, String email, Clock clock) {
        // PostgreSQL keeps microseconds: truncate so that what we answer now is what we read back later
        return new Patron(PatronId.random(), barcode, name, email.toLowerCase(Locale.ROOT), PatronStatus.ACTIVE,
                clock.instant().truncatedTo(ChronoUnit.MICROS));
    }

    PatronRegistered registered() {
        return new PatronRegistered(id.value(), barcode.value(), name, email, status);
    }
}
