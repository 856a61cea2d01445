package org.shelfwise.events.catalog;

import org.junit.jupiter.api.Test;
import org.shelfwise.platform.events.EventSamples;
import org.shelfwise.platform.events.EventTypes;
import org.shelfwise.platform.events.PublishedEvent;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event the catalogue publishes has a golden sample, and its record reads it and writes it back in its shape. */
class CatalogEventSamplesTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void eachEventReadsItsSampleAndWritesItBackInTheSameShape() {
        for (EventTypes<?> topic : List.of(BookEvent.TYPES, CopyEvent.TYPES)) {
            for (Class<? extends PublishedEvent> type : topic.classes()) {
                var sample = EventSamples.of(type);
                PublishedEvent event = topic.read(PublishedEvent.typeOf(type), sample).orElseThrow();
                assertThat(event).isInstanceOf(type);
                EventSamples.assertSameShape(sample, json.valueToTree(event));
            }
        }
    }

    @Test
    void aCopyOfNoItemTypeOrBranchSaysSoWithNulls() {
        var copy = new CopyAdded(null, "C-1", null, "Emma", null, null, null);
        assertThat(json.valueToTree(copy).has("itemType")).isTrue();
        assertThat(copy.itemType()).isNull();
        assertThat(copy.branch()).isNull();
    }
}
