package org.shelfwise.gateway.catalogue;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.shelfwise.events.catalog.BookEvent;
import org.shelfwise.events.catalog.CopyEvent;
import org.shelfwise.platform.events.EventEnvelope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import tools.jackson.databind.json.JsonMapper;

/**
 * Drops cached answers when the catalogue says what changed: a book's events drop its answers and every search, a
 * copy's every search. Each gateway instance hears every event (a consumer group of its own, from the topics' ends,
 * committing nothing), and the cache answers only while this listener holds every partition of both topics: on
 * assignment it forgets everything and opens, on revocation or loss it closes, since events may be missed then.
 * An event it cannot read drops everything rather than risk keeping what it was about.
 */
class CatalogueEventsListener implements ConsumerSeekAware {

    private static final Logger log = LoggerFactory.getLogger(CatalogueEventsListener.class);
    private static final Set<String> TOPICS = Set.of(BookEvent.TOPIC, CopyEvent.TOPIC);

    private final CatalogueCache cache;
    private final JsonMapper json;

    CatalogueEventsListener(CatalogueCache cache, JsonMapper json) {
        this.cache = cache;
        this.json = json;
    }

    @KafkaListener(id = "gateway-catalogue-cache", topics = {BookEvent.TOPIC, CopyEvent.TOPIC},
            groupId = "gateway-catalogue-cache-${random.uuid}", containerFactory = "catalogueEventContainers",
            properties = "auto.offset.reset=latest")
    void on(ConsumerRecord<String, String> record) {
        if (log.isDebugEnabled()) {
            log.debug("Heard {} at {}-{}@{}, {} ms after it was sent", record.key(), record.topic(), record.partition(),
                    record.offset(), System.currentTimeMillis() - record.timestamp());
        }
        if (record.topic().equals(CopyEvent.TOPIC)) {
            cache.copyChanged();
            return;
        }
        try {
            var envelope = json.readValue(record.value(), EventEnvelope.class);
            BookEvent.TYPES.read(envelope).ifPresentOrElse(event -> cache.bookChanged(event.bookId()),
                    () -> cache.bookChanged(UUID.fromString(record.key())));
        } catch (RuntimeException unreadable) {
            log.warn("Catalogue event at {}-{}@{} unreadable, forgetting every cached answer: {}", record.topic(),
                    record.partition(), record.offset(), unreadable.getMessage());
            cache.clear();
        }
    }

    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        // the positions are known by now: every change after them will be heard
        Set<String> topics = assignments.keySet().stream().map(TopicPartition::topic).collect(Collectors.toSet());
        if (topics.containsAll(TOPICS)) {
            cache.open();
            log.info("Catalogue cache open: hears {} partitions of the catalogue's events", assignments.size());
        } else {
            cache.close();
            log.info("Catalogue cache closed: hears only {}", assignments.keySet());
        }
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        if (!partitions.isEmpty()) {
            cache.close();
            log.info("Catalogue cache closed: partitions {} revoked", partitions);
        }
    }
}
