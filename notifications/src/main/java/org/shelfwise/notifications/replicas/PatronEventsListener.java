package org.shelfwise.notifications.replicas;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.shelfwise.events.patrons.PatronEvent;
import org.shelfwise.notifications.EventBatches;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;

/** Keeps each patron's name and email address from the patrons service's events. */
@Component
class PatronEventsListener {

    private final EventBatches batches;
    private final Replicas replicas;

    PatronEventsListener(EventBatches batches, Replicas replicas) {
        this.batches = batches;
        this.replicas = replicas;
    }

    @KafkaListener(topics = PatronEvent.TOPIC)
    void on(List<ConsumerRecord<String, String>> records) {
        batches.apply(records, envelope -> PatronEvent.TYPES.read(envelope).ifPresent(patron ->
                replicas.putRecipient(patron.patronId(), patron.barcode(), patron.name(), patron.email())));
    }
}
