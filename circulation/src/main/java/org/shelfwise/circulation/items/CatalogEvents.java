package org.shelfwise.circulation.items;

import org.shelfwise.circulation.Topics;
import org.shelfwise.platform.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Keeps the lendable items in step with the catalogue's copy events; a redelivered event changes nothing. Only
 * copies added and removed matter here: the others (moved, note changed, and {@code CopyAvailabilityChanged}, the
 * catalogue's echo of circulation's own loans) are passed over without a trace in the inbox, which would otherwise
 * take a row for every loan.
 */
@Component
class CatalogEvents {

    private final Inbox inbox;
    private final Items items;

    CatalogEvents(Inbox inbox, Items items) {
        this.inbox = inbox;
        this.items = items;
    }

    @KafkaListener(topics = Topics.CATALOG_COPIES)
    void on(String value) {
        var received = inbox.read(value);
        if (!received.type().equals("CopyAdded") && !received.type().equals("CopyRemoved")) {
            return;
        }
        inbox.handleOnce(received, event -> {
            var payload = event.payload();
            UUID copyId = UUID.fromString(payload.get("copyId").asString());
            if (event.type().equals("CopyAdded")) {
                items.put(new Item(copyId, payload.get("barcode").asString(),
                        UUID.fromString(payload.get("bookId").asString()), payload.get("title").asString(),
                        optional(payload, "itemType"), optional(payload, "branch")));
            } else {
                items.remove(copyId);
            }
        });
    }

    private static String optional(tools.jackson.databind.JsonNode payload, String field) {
        var node = payload.path(field);
        return node.isString() ? node.asString() : null;
    }
}
