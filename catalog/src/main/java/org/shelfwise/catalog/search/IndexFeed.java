package org.shelfwise.catalog.search;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.apache.kafka.common.TopicPartition;
import org.shelfwise.catalog.CatalogTopics;
import org.shelfwise.catalog.books.BooksChanged;
import org.shelfwise.events.catalog.CopyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.ConsumerSeekAware;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps this instance's {@link SearchIndex} current, two ways:
 * <ul>
 *   <li><b>Every change, from any instance:</b> this instance reads the catalogue's own topics in a consumer group
 *       of its own, so it sees every event, and re-indexes the books each batch of events names (book events by
 *       their id, copy events, availability among them, by their book). It starts reading a minute before the
 *       index was built from the database, so no change committed around the build is missed; an event read
 *       twice, or one whose change the build already saw, re-reads a book as it is, which changes nothing.</li>
 *   <li><b>This instance's own changes, at once:</b> a librarian who adds or edits a book through it finds it in
 *       the next search. Changes are collected per transaction ({@link BooksChanged}) and indexed after commit,
 *       before the request is answered; when the event comes by later, the books read as this instance wrote them,
 *       and are not written again.</li>
 * </ul>
 * A batch that cannot be indexed (the database out of reach) is tried again every second until it is
 * ({@link IndexFeedContainers}); the index is rebuilt whole at every start.
 */
@Component
class IndexFeed implements ConsumerSeekAware {

    /** How far before the index's build the topics are read again: clocks of hosts differ a little. */
    static final Duration OVERLAP = Duration.ofMinutes(1);

    private final SearchIndex index;
    private final JsonMapper json;
    /** The partitions this feed has been given before. */
    private final Set<TopicPartition> started = ConcurrentHashMap.newKeySet();

    IndexFeed(SearchIndex index, JsonMapper json) {
        this.index = index;
        this.json = json;
    }

    @KafkaListener(topics = {CatalogTopics.BOOKS, CatalogTopics.COPIES}, containerFactory = IndexFeedContainers.NAME,
            groupId = "catalog-index-#{T(java.util.UUID).randomUUID()}")
    void on(List<String> values) {
        var details = new HashSet<UUID>();
        var copies = new HashSet<UUID>();
        for (var value : values) {
            var event = json.readValue(value, Named.class);
            if (event.type().startsWith("Book")) {
                details.add(UUID.fromString(event.aggregateId()));
            } else if (CopyEvent.TYPES.knows(event.type()) && event.payload() != null && event.payload().bookId() != null) {
                copies.add(event.payload().bookId());
            }
        }
        index(new Changes(details, copies), false);
    }

    /**
     * What the feed reads of an event's envelope: its type, what it is about, and for a copy event the book
     * ({@link CopyEvent#bookId()}). The rest (time, every other field of the payload) is passed over unparsed: the
     * feed reads each of the catalogue's events once an instance, an import's million of them among them.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Named(String type, String aggregateId, Book payload) {
    }

    /** The one member of a copy event the feed needs, under {@link CopyEvent#bookId()}'s name. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Book(UUID bookId) {
    }

    /**
     * The first time partitions are assigned, starts them at the build (less {@link #OVERLAP}); after that (a
     * rebalance), the group's committed offsets say where the feed was.
     */
    @Override
    public void onPartitionsAssigned(Map<TopicPartition, Long> assignments, ConsumerSeekCallback callback) {
        var fresh = assignments.keySet().stream().filter(started::add).toList();
        if (!fresh.isEmpty()) {
            callback.seekToTimestamp(fresh, index.builtFrom().minus(OVERLAP).toEpochMilli());
        }
    }

    /** Collects this transaction's changed books and indexes them once it has committed. */
    @EventListener
    void on(BooksChanged changed) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            index.update(changed.bookIds(), changed.details(), true);
            return;
        }
        var pending = (Changes) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Changes(new HashSet<>(), new HashSet<>());
            TransactionSynchronizationManager.bindResource(this, pending);
            var changes = pending;
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResource(IndexFeed.this);
                    if (status == STATUS_COMMITTED) {
                        index(changes, true);
                    }
                }
            });
        }
        (changed.details() ? pending.details() : pending.copies()).addAll(changed.bookIds());
    }

    /** Indexes the books whose records changed, and those whose copies alone did. */
    private void index(Changes changes, boolean wait) {
        changes.copies().removeAll(changes.details());
        index.update(changes.details(), true, wait);
        index.update(changes.copies(), false, wait);
    }

    private record Changes(Set<UUID> details, Set<UUID> copies) {
    }
}
