package org.shelfwise.circulation.fines;

import org.junit.jupiter.api.Test;
import org.shelfwise.events.circulation.FineEvent;
import org.shelfwise.platform.events.EventSamples;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * Circulation's side of its fine events' contract: the one payload it publishes under every fine event type is
 * written in the shape of each type's golden sample in circulation-events.
 */
class FineEventsContractTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void writesAFineInTheShapeOfEveryFineEvent() {
        var fine = new FineDesk.FineEvent(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(),
                new BigDecimal("2.50"), new BigDecimal("1.00"), new BigDecimal("1.50"), "damaged in the book drop");
        for (var type : FineEvent.TYPES.classes()) {
            EventSamples.assertSameShape(EventSamples.of(type), json.valueToTree(fine));
        }
    }
}
