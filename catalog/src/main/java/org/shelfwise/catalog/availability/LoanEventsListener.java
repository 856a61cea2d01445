package org.shelfwise.catalog.availability;

import org.shelfwise.catalog.books.CopyAvailability;
import org.shelfwise.events.circulation.ItemCheckedIn;
import org.shelfwise.events.circulation.ItemCheckedOut;
import org.shelfwise.events.circulation.ItemOverdue;
import org.shelfwise.events.circulation.ItemRenewed;
import org.shelfwise.events.circulation.LoanEvent;
import org.shelfwise.platform.inbox.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Objects;
import java.util.UUID;

/**
 * Keeps each copy's availability from circulation's loan events, so the catalogue can show whether a copy is
 * on the shelf (and refuse to remove a book whose copy is out) without asking circulation.
 */
@Component
class LoanEventsListener {

    static final String TOPIC = LoanEvent.TOPIC;
    private static final Logger log = LoggerFactory.getLogger(LoanEventsListener.class);

    private final Inbox inbox;
    private final CopyAvailability copies;

    LoanEventsListener(Inbox inbox, CopyAvailability copies) {
        this.inbox = inbox;
        this.copies = copies;
    }

    @KafkaListener(topics = TOPIC)
    void on(String value) {
        var received = inbox.read(value);
        inbox.handleOnce(received, envelope -> LoanEvent.TYPES.read(envelope).ifPresent(event -> {
            // an event without its copy (or its due date) cannot ever be applied: it goes to the dead-letter topic
            UUID copyId = Objects.requireNonNull(event.copyId(), "copyId");
            boolean known = switch (event) {
                case ItemCheckedOut out -> copies.onLoan(copyId, Objects.requireNonNull(out.dueDate(), "dueDate"));
                case ItemCheckedIn _ -> copies.returned(copyId);
                case ItemRenewed renewed -> copies.renewed(copyId, Objects.requireNonNull(renewed.dueDate(), "dueDate"));
                case ItemOverdue _ -> true;
            };
            if (!known) {
                log.warn("{} for copy {} which the catalogue does not hold", event.type(), copyId);
            }
        }));
    }
}
