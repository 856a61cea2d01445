package org.shelfwise.patrons.patrons;

import org.shelfwise.platform.outbox.Outbox;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/** Registers patrons: issues a card, stores the patron and records {@link PatronRegistered}, all in one transaction. */
@Service
class PatronRegistration {

    private final Patrons patrons;
    private final LibraryCards cards;
    private final Outbox outbox;
    private final Clock clock;

    PatronRegistration(Patrons patrons, LibraryCards cards, Outbox outbox, Clock clock) {
        this.patrons = patrons;
        this.cards = cards;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    Patron register(String name, String email) {
        var patron = Patron.register(cards.issue(), name, email, clock);
        if (!patrons.add(patron)) {
            // the card number drawn for this attempt stays unused: sequences have gaps, cards need not be contiguous
            throw new EmailAlreadyRegistered(patron.email());
        }
        outbox.add(PatronEvents.TOPIC, patron.id(), PatronRegistered.TYPE, patron.registered());
        return patron;
    }
}
