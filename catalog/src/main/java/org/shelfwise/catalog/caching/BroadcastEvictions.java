package org.shelfwise.catalog.caching;

import org.shelfwise.platform.inbox.Inbox;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.cache.CacheManager;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.UUID;

/**
 * Without Redis each instance caches in-process, so a change made through one instance must evict on all of them.
 * Every instance reads the catalogue's own topics and circulation's in a consumer group of its own (so each sees
 * every event, from the moment it starts) and evicts what the event affects: a book's details and every search for
 * a book event; searches filtered by availability for any event. Its own changes were already evicted
 * at commit; this covers the others', a relay interval (~100 ms) plus a consumer poll later.
 */
@Component
@ConditionalOnExpression("!(" + CacheConfiguration.REDIS_CONFIGURED + ")")
class BroadcastEvictions {

    private final Inbox inbox;
    private final CacheManager caches;

    BroadcastEvictions(Inbox inbox, CacheManager caches) {
        this.inbox = inbox;
        this.caches = caches;
    }

    @KafkaListener(topics = {"shelfwise.catalog.books", "shelfwise.catalog.copies", "shelfwise.circulation.loans",
            "shelfwise.circulation.holds"},
            groupId = "catalog-cache-#{T(java.util.UUID).randomUUID()}", properties = "auto.offset.reset=latest")
    void on(String value) {
        var event = inbox.read(value);
        if (event.type().startsWith("Book")) {
            caches.getCache(CachedData.BOOKS).evict(UUID.fromString(event.aggregateId()));
            caches.getCache(CachedData.SEARCHES).clear();
        }
        // copies and loans change which books are available now, not which books a search's words match
        caches.getCache(CachedData.SEARCHES_BY_AVAILABILITY).clear();
    }
}
