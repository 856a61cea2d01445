package org.shelfwise.catalog.search;

import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ConsumerSeekAware.ConsumerSeekCallback;

import java.time.Instant;
import java.util.List;
import java.util.Map;

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
        var feed = new IndexFeed(index, null);
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
}
