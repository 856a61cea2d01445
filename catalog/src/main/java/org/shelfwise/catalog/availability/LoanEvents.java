package org.shelfwise.catalog.availability;

import org.shelfwise.catalog.books.CopyAvailability;
import org.shelfwise.platform.inbox.Inbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Keeps each copy's availability from circulation's loan events, so the catalogue can show whether a copy is
 * on the shelf (and refuse to remove a book whose copy is out) without asking circulation.
 */
@Component
class LoanEvents {

    static final String TOPIC = "shelfwise.circulation.loans";
    private static final Logger log = LoggerFactory.getLogger(LoanEvents.class);

    private final Inbox inbox;
    private final CopyAvailability copies;

    LoanEvents(Inbox inbox, CopyAvailability copies) {
        this.inbox = inbox;
        this.copies = copies;
    }

    @KafkaListener(topics = TOPIC)
    void on(String value) {
        var event = inbox.read(value);
        inbox.handleOnce(event, e -> {
            UUID copyId = UUID.fromString(e.payload().get("copyId").asString());
            boolean known = switch (e.type()) {
                case "ItemCheckedOut" -> copies.onLoan(copyId, LocalDate.parse(e.payload().get("dueDate").asString()));
                case "ItemCheckedIn" -> copies.returned(copyId);
                case "ItemRenewed" -> copies.renewed(copyId, LocalDate.parse(e.payload().get("dueDate").asString()));
                default -> true;
            };
            if (!known) {
                log.warn("{} for copy {} which the catalogue does not hold", e.type(), copyId);
            }
        });
    }
}
