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

    @Test
    void theCopyEventsThatGainedTheBranchAndItemTypeTravelAtSchemaVersionTwo() {
        var sample = EventSamples.of(CopyMoved.class);
        assertThat(CopyEvent.TYPES.read("CopyMoved", sample).orElseThrow().schemaVersion()).isEqualTo(2);
        var updated = CopyEvent.TYPES.read("CopyUpdated", EventSamples.of(CopyUpdated.class)).orElseThrow();
        assertThat(updated.schemaVersion()).isEqualTo(2);
        assertThat(new CopyAdded(null, "C-1", null, "Emma", null, null, null).schemaVersion()).isEqualTo(1);
        assertThat(json.valueToTree(CopyEvent.TYPES.read("CopyMoved", sample).orElseThrow()).has("schemaVersion"))
                .as("the version travels in the envelope, not the payload").isFalse();
    }

    @Test
    void aVersionOneCopyMovedReadsWithNullBranchAndItemType() {
        var older = """
                {"copyId": "9b2f6a3e-1c4d-4e8f-a0b1-2c3d4e5f6a7b", "barcode": "C-1", "shelfMark": "813.54 LEG",
                 "location": "East / Fiction", "previousLocation": "Main / Fiction", "version": 2}""";
        var moved = (CopyMoved) CopyEvent.TYPES.read("CopyMoved", json.readTree(older)).orElseThrow();
        assertThat(moved.location()).isEqualTo("East / Fiction");
        assertThat(moved.branch()).isNull();
        assertThat(moved.itemType()).isNull();
    }
}
