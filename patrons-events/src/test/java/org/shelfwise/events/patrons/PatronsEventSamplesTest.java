package org.shelfwise.events.patrons;

import org.junit.jupiter.api.Test;
import org.shelfwise.platform.events.EventSamples;
import org.shelfwise.platform.events.EventTypes;
import org.shelfwise.platform.events.PublishedEvent;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event the patrons service publishes has a golden sample, and its record reads it and writes it back in its shape. */
class PatronsEventSamplesTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void eachEventReadsItsSampleAndWritesItBackInTheSameShape() {
        for (EventTypes<?> topic : List.of(PatronEvent.TYPES, CategoryChanged.TYPES)) {
            for (Class<? extends PublishedEvent> type : topic.classes()) {
                var sample = EventSamples.of(type);
                PublishedEvent event = topic.read(PublishedEvent.typeOf(type), sample).orElseThrow();
                assertThat(event).isInstanceOf(type);
                EventSamples.assertSameShape(sample, json.valueToTree(event));
            }
        }
    }
}
