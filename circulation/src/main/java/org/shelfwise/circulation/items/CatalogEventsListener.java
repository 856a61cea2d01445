package org.shelfwise.circulation.items;

import org.shelfwise.circulation.Topics;
import org.shelfwise.events.catalog.CopyAdded;
import org.shelfwise.events.catalog.CopyEvent;
import org.shelfwise.events.catalog.CopyRemoved;
import org.shelfwise.platform.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Objects;

/**
 * Keeps the lendable items in step with the catalogue's copy events; a redelivered event changes nothing. Only
 * copies added and removed matter here: the others (moved, note changed, and {@code CopyAvailabilityChanged}, the
 * catalogue's echo of circulation's own loans) are passed over without a trace in the inbox, which would otherwise
 * take a row for every loan.
 */
@Component
class CatalogEventsListener {

    private static final String ADDED = CopyAdded.class.getSimpleName();
    private static final String REMOVED = CopyRemoved.class.getSimpleName();

    private final Inbox inbox;
    private final Items items;

    CatalogEventsListener(Inbox inbox, Items items) {
        this.inbox = inbox;
        this.items = items;
    }

    @KafkaListener(topics = Topics.CATALOG_COPIES)
    void on(String value) {
        var received = inbox.read(value);
        if (!received.type().equals(ADDED) && !received.type().equals(REMOVED)) {
            return;
        }
        inbox.handleOnce(received, envelope -> CopyEvent.TYPES.read(envelope).ifPresent(event -> {
            // a copy event without its copy cannot ever be applied: it goes to the dead-letter topic
            var copyId = Objects.requireNonNull(event.copyId(), "copyId");
            if (event instanceof CopyAdded added) {
                items.put(new Item(copyId, Objects.requireNonNull(added.barcode(), "barcode"),
                        Objects.requireNonNull(added.bookId(), "bookId"), Objects.requireNonNull(added.title(), "title"),
                        added.itemType(), added.branch()));
            } else {
                items.remove(copyId);
            }
        }));
    }
}
