package org.shelfwise.events.circulation;

import org.junit.jupiter.api.Test;
import org.shelfwise.platform.events.EventSamples;
import org.shelfwise.platform.events.EventTypes;
import org.shelfwise.platform.events.PublishedEvent;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every event circulation publishes has a golden sample, and its record reads it and writes it back in its shape. */
class CirculationEventSamplesTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void eachEventReadsItsSampleAndWritesItBackInTheSameShape() {
        for (EventTypes<?> topic : List.of(LoanEvent.TYPES, HoldEvent.TYPES, FineEvent.TYPES)) {
            for (Class<? extends PublishedEvent> type : topic.classes()) {
                var sample = EventSamples.of(type);
                PublishedEvent event = topic.read(PublishedEvent.typeOf(type), sample).orElseThrow();
                assertThat(event).isInstanceOf(type);
                EventSamples.assertSameShape(sample, json.valueToTree(event));
            }
        }
    }

    @Test
    void anEventTravelsUnderItsClassNameAtSchemaVersionOne() {
        var event = LoanEvent.TYPES.read("ItemCheckedOut", EventSamples.of(ItemCheckedOut.class)).orElseThrow();
        assertThat(event.type()).isEqualTo("ItemCheckedOut");
        assertThat(event.schemaVersion()).isEqualTo(1);
    }

    @Test
    void anOlderConsumerIgnoresAFieldANewerProducerAddedAndPassesOverATypeItDoesNotKnow() {
        var newer = (ObjectNode) EventSamples.of(ItemRenewed.class).deepCopy();
        newer.put("renewedBy", "a field added in a later version");
        assertThat(LoanEvent.TYPES.read("ItemRenewed", newer)).get().isInstanceOf(ItemRenewed.class);
        assertThat(LoanEvent.TYPES.read("ItemLost", newer)).isEmpty();
    }

    @Test
    void aNewerConsumerReadsAnOlderProducersEventWithoutTheFieldsAddedSince() {
        var older = (ObjectNode) EventSamples.of(ItemRenewed.class).deepCopy();
        older.remove("renewals");
        older.remove("itemBarcode");
        var renewed = (ItemRenewed) LoanEvent.TYPES.read("ItemRenewed", older).orElseThrow();
        assertThat(renewed.renewals()).isZero();
        assertThat(renewed.itemBarcode()).isNull();
        assertThat(renewed.dueDate()).isNotNull();
    }

    @Test
    void aSampleMissingAFieldTheProducerWritesIsNotItsShape() {
        var written = json.valueToTree(LoanEvent.TYPES.read("ItemCheckedIn", EventSamples.of(ItemCheckedIn.class))
                .orElseThrow());
        var sample = (ObjectNode) EventSamples.of(ItemCheckedIn.class).deepCopy();
        sample.remove("returnedAt");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> EventSamples.assertSameShape(sample, written))
                .isInstanceOf(AssertionError.class).hasMessageContaining(".returnedAt: not in the sample");
    }
}
