package org.shelfwise.patrons.patrons;

import org.shelfwise.patrons.categories.Categories;
import org.shelfwise.patrons.identity.Accounts;
import org.shelfwise.platform.outbox.Outbox;
import org.shelfwise.platform.problems.NotFound;
import org.shelfwise.platform.problems.UnknownReference;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;

/**
 * Registers patrons and changes their standing: issues a card, stores the patron, gives them an account when a
 * password is given, blocks and unblocks them, and records each change for other services, all in one transaction.
 */
@Service
class PatronRegistration {

    private final Patrons patrons;
    private final LibraryCards cards;
    private final Categories categories;
    private final Accounts accounts;
    private final PasswordEncoder passwords;
    private final Outbox outbox;
    private final Clock clock;

    PatronRegistration(Patrons patrons, LibraryCards cards, Categories categories, Accounts accounts,
                       PasswordEncoder passwords, Outbox outbox, Clock clock) {
        this.patrons = patrons;
        this.cards = cards;
        this.categories = categories;
        this.accounts = accounts;
        this.passwords = passwords;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    Patron register(RegisterPatronRequest request) {
        var category = categories.find(request.category()).orElseThrow(() ->
                new UnknownReference("category", "No patron category has code " + request.category() + "."));
        var contact = new Patron.Contact(request.phone(), request.address(), request.dateOfBirth());
        var patron = Patron.register(cards.issue(), request.name(), request.email(), contact, category.code(),
                category.cardValidityMonths(), clock);
        if (!patrons.add(patron)) {
            // the card number drawn for this attempt stays unused: sequences have gaps, cards need not be contiguous
            throw new EmailAlreadyRegistered(patron.email());
        }
        if (request.password() != null) {
            accounts.addForPatron(patron.id().value(), patron.barcode().value(), passwords.encode(request.password()),
                    patron.createdAt());
        }
        outbox.add(PatronTopic.TOPIC, patron.id(), patron.changed().registered());
        return patron;
    }

    @Transactional
    Patron block(PatronId id, String reason) {
        return change(id, patron -> patron.block(reason));
    }

    @Transactional
    Patron unblock(PatronId id) {
        return change(id, Patron::unblock);
    }

    private Patron change(PatronId id, java.util.function.UnaryOperator<Patron> change) {
        var changed = change.apply(patrons.lock(id).orElseThrow(() -> new NotFound("Patron", id))).nextVersion();
        patrons.update(changed);
        outbox.add(PatronTopic.TOPIC, changed.id(), changed.changed().updated());
        return changed;
    }
}
