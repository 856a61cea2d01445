package org.shelfwise.catalog.caching;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.shelfwise.catalog.CatalogTopics;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.cache.CacheManager;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.UUID;

/**
 * Without Redis each instance caches in-process, so a change made through one instance must evict on all of them.
 * Every instance reads the catalogue's book events in a consumer group of its own (so each sees every event, from
 * the moment it starts) and evicts the book's cached details. Its own changes were already evicted at commit; this
 * covers the others', a relay interval (~100 ms) plus a consumer poll later. Cached searches are cleared by each
 * instance's search index, once it shows the change ({@code SearchIndex}), Redis or not.
 */
@Component
@ConditionalOnExpression("!(" + CacheConfiguration.REDIS_CONFIGURED + ")")
class BroadcastEvictions {

    private final CacheManager caches;

    BroadcastEvictions(CacheManager caches) {
        this.caches = caches;
    }

    // in batches: a record listener's every record is an observation (a span and a timer), an import's million too
    @KafkaListener(topics = CatalogTopics.BOOKS, groupId = "catalog-cache-#{T(java.util.UUID).randomUUID()}",
            properties = "auto.offset.reset=latest", batch = "true")
    void on(List<ConsumerRecord<String, String>> records) {
        var books = caches.getCache(CachedData.BOOKS);
        // a book event's key is its book (the outbox keys every record by its event's aggregate): nothing to parse
        records.forEach(record -> books.evict(UUID.fromString(record.key())));
    }
}
