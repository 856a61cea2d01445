package org.shelfwise.patrons.patrons;

import org.shelfwise.patrons.identity.Accounts;
import org.shelfwise.platform.outbox.Outbox;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Registers patrons: issues a card, stores the patron, gives them an account when a password is given, and records
 * {@link PatronRegistered}, all in one transaction.
 */
@Service
class PatronRegistration {

    private final Patrons patrons;
    private final LibraryCards cards;
    private final Outbox outbox;
    private final Clock clock;
    private final Accounts accounts;
    private final PasswordEncoder passwords;

    PatronRegistration(Patrons patrons, LibraryCards cards, Outbox outbox, Clock clock, Accounts accounts,
                       PasswordEncoder passwords) {
        this.patrons = patrons;
        this.cards = cards;
        this.outbox = outbox;
        this.clock = clock;
        this.accounts = accounts;
        this.passwords = passwords;
    }

    @Transactional
    Patron register(String name, String email, String password) {
        var patron = Patron.register(cards.issue(), name, email, clock);
        if (!patrons.add(patron)) {
            // the card number drawn for this attempt stays unused: sequences have gaps, cards need not be contiguous
            throw new EmailAlreadyRegistered(patron.email());
        }
        if (password != null) {
            accounts.addForPatron(patron.id().value(), patron.barcode().value(), passwords.encode(password),
                    patron.createdAt());
        }
        outbox.add(PatronEvents.TOPIC, patron.id(), PatronRegistered.TYPE, patron.registered());
        return patron;
    }
}
