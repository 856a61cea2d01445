package org.shelfwise.catalog.search;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.shelfwise.events.catalog.BookAdded;
import org.shelfwise.events.catalog.CopyAdded;
import org.shelfwise.platform.events.EventEnvelope;
import org.shelfwise.platform.events.EventSamples;
import org.springframework.kafka.listener.ConsumerSeekAware.ConsumerSeekCallback;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

class IndexFeedTest {

    @Test
    void startsEachPartitionAMinuteBeforeTheBuildOnceAndAfterARebalanceWhereItWas() {
        var index = mock(SearchIndex.class);
        var built = Instant.parse("2026-11-24T10:00:00Z");
        when(index.builtFrom()).thenReturn(built);
        var feed = new IndexFeed(index, JsonMapper.builder().build());
        var books0 = new TopicPartition("shelfwise.catalog.books", 0);
        var books1 = new TopicPartition("shelfwise.catalog.books", 1);
        var callback = mock(ConsumerSeekCallback.class);

        feed.onPartitionsAssigned(Map.of(books0, 5L), callback);
        verify(callback).seekToTimestamp(List.of(books0), built.minus(IndexFeed.OVERLAP).toEpochMilli());

        // a rebalance hands back the partition it had, and one it had not
        feed.onPartitionsAssigned(Map.of(books0, 9L, books1, 3L), callback);
        verify(callback).seekToTimestamp(List.of(books1), built.minus(IndexFeed.OVERLAP).toEpochMilli());
        verifyNoMoreInteractions(callback);
    }

    @Test
    void reindexesTheBooksOfBookEventsAndTheBooksOfCopyEventsReadingNothingElseOfThem() {
        var index = mock(SearchIndex.class);
        var json = JsonMapper.builder().build();
        var feed = new IndexFeed(index, json);
        var book = UUID.randomUUID();
        var copy = EventSamples.of(CopyAdded.class);

        feed.on(List.of(envelope(json, "BookAdded", book.toString(), EventSamples.of(BookAdded.class)),
                envelope(json, "CopyAdded", copy.get("copyId").asString(), copy),
                // a copy event of a type added since: passed over, as CopyEvent.TYPES would
                envelope(json, "CopyGilded", UUID.randomUUID().toString(), copy)));

        verify(index).update(Set.of(book), true, false);
        verify(index).update(Set.of(UUID.fromString(copy.get("bookId").asString())), false, false);
        verifyNoMoreInteractions(index);
    }

    private static String envelope(JsonMapper json, String type, String aggregateId, JsonNode payload) {
        return json.writeValueAsString(new EventEnvelope(UUID.randomUUID(), type, aggregateId,
                Instant.parse("2026-12-04T19:00:00Z"), payload));
    }
}
