package org.shelfwise.patrons.patrons;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A person registered to borrow from the library, known at the desk by the barcode on their card.
 * {@code blockedReason} is set exactly while a librarian has blocked them; {@code version} counts the changes, and
 * is the record's ETag.
 */
record Patron(PatronId id, CardBarcode barcode, String name, String email, Contact contact, String category,
              LocalDate cardExpiresOn, String blockedReason, Instant createdAt, long version) {

    /** How to reach a patron beyond email; every part optional. */
    record Contact(String phone, String address, LocalDate dateOfBirth) {
    }

    /** A new patron whose card is valid for the category's number of months. */
    static Patron register(CardBarcode barcode, String name, String email, Contact contact, String category,
                           int cardValidityMonths, Clock clock) {
        // PostgreSQL keeps microseconds: truncate so that what we answer now is what we read back later
        var now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        return new Patron(PatronId.random(), barcode, name, email.toLowerCase(Locale.ROOT), contact, category,
                LocalDate.now(clock).plusMonths(cardValidityMonths), null, now, 0);
    }

    PatronStatus status(LocalDate today) {
        if (blockedReason != null) {
            return PatronStatus.BLOCKED;
        }
        return cardExpiresOn.isBefore(today) ? PatronStatus.EXPIRED : PatronStatus.ACTIVE;
    }

    Patron block(String reason) {
        return new Patron(id, barcode, name, email, contact, category, cardExpiresOn, reason, createdAt, version);
    }

    Patron unblock() {
        return new Patron(id, barcode, name, email, contact, category, cardExpiresOn, null, createdAt, version);
    }

    /** The same patron with new details; card, standing and history stay. */
    Patron withDetails(String name, String email, Contact contact, String category) {
        return new Patron(id, barcode, name, email.toLowerCase(Locale.ROOT), contact, category, cardExpiresOn,
                blockedReason, createdAt, version);
    }

    /**
     * The card renewed for another {@code months}: from its expiry while it is still valid, so renewing early loses
     * no days, or from today once it has expired.
     */
    Patron renewCard(int months, LocalDate today) {
        var from = cardExpiresOn.isBefore(today) ? today : cardExpiresOn;
        return new Patron(id, barcode, name, email, contact, category, from.plusMonths(months), blockedReason,
                createdAt, version);
    }

    /** The patron as stored after one more change. */
    Patron nextVersion() {
        return new Patron(id, barcode, name, email, contact, category, cardExpiresOn, blockedReason, createdAt,
                version + 1);
    }

    /** The state other services keep of a patron. */
    PatronChanged changed() {
        return new PatronChanged(id.value(), barcode.value(), name, email, category, cardExpiresOn,
                blockedReason == null ? "ACTIVE" : "BLOCKED", blockedReason);
    }
}
