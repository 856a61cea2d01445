package org.shelfwise.circulation.items;

import org.shelfwise.circulation.Topics;
import org.shelfwise.events.catalog.CopyAdded;
import org.shelfwise.events.catalog.CopyEvent;
import org.shelfwise.events.catalog.CopyMoved;
import org.shelfwise.events.catalog.CopyRemoved;
import org.shelfwise.events.catalog.CopyUpdated;
import org.shelfwise.platform.events.EventEnvelope;
import org.shelfwise.platform.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.Objects;
import java.util.Set;

/**
 * Keeps the lendable items in step with the catalogue's copy events; a redelivered event changes nothing. Copies
 * added, moved, updated (their branch and item type choose the loan policy and where a copy is back on check-in)
 * and removed matter here; {@code CopyAvailabilityChanged}, the catalogue's echo of circulation's own loans, is
 * passed over without a trace in the inbox, which would otherwise take a row for every loan.
 */
@Component
class CatalogEventsListener {

    private static final Set<String> APPLIED = Set.of(CopyAdded.class.getSimpleName(),
            CopyMoved.class.getSimpleName(), CopyUpdated.class.getSimpleName(), CopyRemoved.class.getSimpleName());

    private final Inbox inbox;
    private final Items items;

    CatalogEventsListener(Inbox inbox, Items items) {
        this.inbox = inbox;
        this.items = items;
    }

    @KafkaListener(topics = Topics.CATALOG_COPIES)
    void on(String value) {
        var received = inbox.read(value);
        if (!APPLIED.contains(received.type())) {
            return;
        }
        inbox.handleOnce(received, envelope -> CopyEvent.TYPES.read(envelope).ifPresent(event -> {
            // a copy event without its copy cannot ever be applied: it goes to the dead-letter topic
            var copyId = Objects.requireNonNull(event.copyId(), "copyId");
            switch (event) {
                case CopyAdded added -> items.put(new Item(copyId, Objects.requireNonNull(added.barcode(), "barcode"),
                        Objects.requireNonNull(added.bookId(), "bookId"), Objects.requireNonNull(added.title(), "title"),
                        added.itemType(), added.branch()));
                case CopyMoved moved when carriesBranchAndItemType(envelope) ->
                        items.reclassify(copyId, moved.itemType(), moved.branch());
                case CopyUpdated updated when carriesBranchAndItemType(envelope) ->
                        items.reclassify(copyId, updated.itemType(), updated.branch());
                case CopyRemoved removed -> items.remove(copyId);
                default -> {
                    // a version-1 move or update, from a catalogue that sent no branch or item type with it
                }
            }
        }));
    }

    /** Whether a move or update says the copy's branch and item type: from schema version 2 (null then is none). */
    private static boolean carriesBranchAndItemType(EventEnvelope envelope) {
        return envelope.schemaVersion() >= 2;
    }
}
