package org.shelfwise.notifications.replicas;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.shelfwise.events.catalog.BookAdded;
import org.shelfwise.events.catalog.BookEvent;
import org.shelfwise.events.catalog.BookUpdated;
import org.shelfwise.events.catalog.CopyAdded;
import org.shelfwise.events.catalog.CopyEvent;
import org.shelfwise.events.catalog.CopyMoved;
import org.shelfwise.notifications.EventBatches;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Keeps each book's title and each copy's branch from the catalogue's events, for the notices' texts. */
@Component
class CatalogEventsListener {

    private final EventBatches batches;
    private final Replicas replicas;

    CatalogEventsListener(EventBatches batches, Replicas replicas) {
        this.batches = batches;
        this.replicas = replicas;
    }

    @KafkaListener(topics = BookEvent.TOPIC)
    void onBooks(List<ConsumerRecord<String, String>> records) {
        batches.apply(records, envelope -> BookEvent.TYPES.read(envelope).ifPresent(event -> {
            switch (event) {
                case BookAdded added -> replicas.putTitle(added.bookId(), added.title());
                case BookUpdated updated -> replicas.putTitle(updated.bookId(), updated.title());
                default -> {
                    // a removed book's title stays: notices already owed about it still name it
                }
            }
        }));
    }

    /** The copy's branch: the catalogue's code when it records one, else what its location names first. */
    static String branchOf(String branch, String location) {
        return branch != null && !branch.isBlank() ? branch : branchOf(location);
    }

    /** A copy's location names its branch first ({@code Central / Fiction}) when the catalogue records no branch. */
    static String branchOf(String location) {
        if (location == null || location.isBlank()) {
            return null;
        }
        int slash = location.indexOf('/');
        return (slash < 0 ? location : location.substring(0, slash)).strip();
    }

    @KafkaListener(topics = CopyEvent.TOPIC)
    void onCopies(List<ConsumerRecord<String, String>> records) {
        batches.apply(records, envelope -> CopyEvent.TYPES.read(envelope).ifPresent(event -> {
            switch (event) {
                case CopyAdded added -> replicas.putCopy(added.copyId(), added.bookId(),
                        branchOf(added.branch(), added.location()));
                case CopyMoved moved -> replicas.moveCopy(moved.copyId(), branchOf(moved.branch(), moved.location()));
                default -> {
                }
            }
        }));
    }
}
