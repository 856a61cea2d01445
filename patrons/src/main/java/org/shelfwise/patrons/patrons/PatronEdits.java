package org.shelfwise.patrons.patrons;

import org.shelfwise.platform.web.Revision;
import org.shelfwise.patrons.categories.Categories;
import org.shelfwise.platform.outbox.Outbox;
import org.shelfwise.platform.problems.NotFound;
import org.shelfwise.platform.problems.UnknownReference;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/**
 * Changes a patron's record at the desk: edits the details under the record's version, and renews the card for
 * the category's card period. Each change moves the version on and is published as {@code PatronUpdated}.
 */
@Service
class PatronEdits {

    private final Patrons patrons;
    private final Categories categories;
    private final Outbox outbox;
    private final Clock clock;

    PatronEdits(Patrons patrons, Categories categories, Outbox outbox, Clock clock) {
        this.patrons = patrons;
        this.categories = categories;
        this.outbox = outbox;
        this.clock = clock;
    }

    @Transactional
    Patron edit(PatronId id, Revision revision, EditPatronRequest request) {
        var category = categories.find(request.category()).orElseThrow(() ->
                new UnknownReference("category", "No patron category has code " + request.category() + "."));
        return change(id, revision, patron ->
                patron.withDetails(request.name(), request.email(), request.contact(), category.code()));
    }

    @Transactional
    Patron renewCard(PatronId id) {
        return change(id, null, patron -> {
            var category = categories.find(patron.category()).orElseThrow(() -> new NotFound("Category", patron.category()));
            return patron.renewCard(category.cardValidityMonths(), LocalDate.now(clock));
        });
    }

    private Patron change(PatronId id, Revision revision, UnaryOperator<Patron> change) {
        var current = patrons.lock(id).orElseThrow(() -> new NotFound("Patron", id));
        if (revision != null) {
            revision.check("Patron", current.version());
        }
        var changed = change.apply(current).nextVersion();
        try {
            patrons.update(changed);
        } catch (DuplicateKeyException taken) {
            throw new EmailAlreadyRegistered(changed.email());
        }
        outbox.add(PatronTopic.TOPIC, changed.id(), changed.changed().updated());
        return changed;
    }
}
