package org.shelfwise.circulation.borrowers;

import org.shelfwise.circulation.Topics;
import org.shelfwise.platform.inbox.Inbox;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * Keeps the borrowers in step with the patrons service's events ({@code PatronRegistered}, {@code PatronUpdated},
 * each carrying the patron's whole standing); a redelivered event changes nothing.
 */
@Component
class PatronEvents {

    private final Inbox inbox;
    private final Borrowers borrowers;

    PatronEvents(Inbox inbox, Borrowers borrowers) {
        this.inbox = inbox;
        this.borrowers = borrowers;
    }

    @KafkaListener(topics = Topics.PATRONS)
    void on(String value) {
        inbox.handleOnce(inbox.read(value), event -> {
            var payload = event.payload();
            if (event.type().startsWith("Patron") && payload.has("barcode")) {
                borrowers.put(new Borrower(UUID.fromString(payload.get("patronId").asString()),
                        payload.get("barcode").asString(), payload.get("name").asString(),
                        payload.get("status").asString(), payload.path("category").asString("adult"),
                        text(payload, "cardExpiresOn").map(LocalDate::parse).orElse(null),
                        text(payload, "blockedReason").orElse(null)));
            }
        });
    }

    private static Optional<String> text(JsonNode payload, String field) {
        var node = payload.path(field);
        return node.isString() ? Optional.of(node.asString()) : Optional.empty();
    }
}
