package org.shelfwise.circulation.holds;

import org.junit.jupiter.api.Test;
import org.shelfwise.events.circulation.HoldEvent;
import org.shelfwise.platform.events.EventSamples;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Circulation's side of its hold events' contract: the one payload it publishes under every hold event type is
 * written in the shape of each type's golden sample in circulation-events.
 */
class HoldEventsContractTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void writesAHoldInTheShapeOfEveryHoldEvent() {
        var hold = new HoldEvents.HoldChanged(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "P-000042",
                "READY", UUID.randomUUID(), "C-000123", LocalDate.of(2026, 3, 9));
        for (var type : HoldEvent.TYPES.classes()) {
            EventSamples.assertSameShape(EventSamples.of(type), json.valueToTree(hold));
        }
    }
}
