package org.shelfwise.platform.outbox;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.junit.jupiter.api.Test;
import org.shelfwise.platform.events.EventEnvelope;
import org.shelfwise.platform.events.PublishedEvent;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class OutboxTest {

    record ShelfDusted(String shelf) implements PublishedEvent {
    }

    record BookShelved(String title, List<String> authors, Integer year, Map<String, Object> extra) implements PublishedEvent {
    }

    final JsonMapper json = JsonMapper.builder().build();
    final OutboxTracing untraced = new OutboxTracing(Tracer.NOOP, Propagator.NOOP, ObservationRegistry.NOOP);
    // nothing is written: the refusal comes first (no database is needed to see it)
    final Outbox outbox = new Outbox(null, json, Clock.systemUTC(), untraced);

    @Test
    void writesAnEnvelopeAsTheEventEnvelopeRecordWouldBeWritten() {
        var event = new BookShelved("Ulysses", List.of("Joyce, James"), null, Map.of("note", "first \"edition\"", "n", 1.5));
        var stored = outbox.envelope(Outbox.Event.of("b1", event));
        var asEnvelope = new EventEnvelope(stored.id(), stored.type(), stored.aggregateId(), stored.occurredAt(),
                json.valueToTree(event), stored.schemaVersion(), stored.traceContext());
        assertThat(json.writeValueAsString(stored)).isEqualTo(json.writeValueAsString(asEnvelope))
                .doesNotContain("traceContext");
        assertThat(json.readValue(json.writeValueAsString(stored), EventEnvelope.class)).isEqualTo(asEnvelope);
    }

    @Test
    void refusesToPublishAnEventUnderAnotherNameThanItsClasss() {
        assertThatThrownBy(() -> outbox.add("shelves", "s1", "ShelfCleaned", new ShelfDusted("A1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("a ShelfDusted cannot be published as ShelfCleaned");
    }
}
