package org.shelfwise.circulation.borrowers;

import org.shelfwise.circulation.Topics;
import org.shelfwise.events.patrons.PatronEvent;
import org.shelfwise.platform.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Objects;

/**
 * Keeps the borrowers in step with the patrons service's events ({@code PatronRegistered}, {@code PatronUpdated},
 * each carrying the patron's whole standing); a redelivered event changes nothing.
 */
@Component
class PatronEventsListener {

    private final Inbox inbox;
    private final Borrowers borrowers;

    PatronEventsListener(Inbox inbox, Borrowers borrowers) {
        this.inbox = inbox;
        this.borrowers = borrowers;
    }

    @KafkaListener(topics = Topics.PATRONS)
    void on(String value) {
        inbox.handleOnce(inbox.read(value), envelope -> PatronEvent.TYPES.read(envelope)
                .filter(patron -> patron.barcode() != null)
                .ifPresent(patron -> borrowers.put(new Borrower(Objects.requireNonNull(patron.patronId(), "patronId"),
                        patron.barcode(), Objects.requireNonNull(patron.name(), "name"),
                        Objects.requireNonNull(patron.status(), "status"),
                        patron.category() == null ? "adult" : patron.category(), patron.cardExpiresOn(),
                        patron.blockedReason()))));
    }
}
