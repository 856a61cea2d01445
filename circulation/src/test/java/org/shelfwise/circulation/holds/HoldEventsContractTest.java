package org.shelfwise.circulation.holds;

import org.junit.jupiter.api.Test;
import org.shelfwise.events.circulation.HoldCancelled;
import org.shelfwise.events.circulation.HoldExpired;
import org.shelfwise.events.circulation.HoldFulfilled;
import org.shelfwise.events.circulation.HoldPlaced;
import org.shelfwise.events.circulation.HoldReadyForPickup;
import org.shelfwise.platform.events.EventSamples;
import org.shelfwise.platform.events.PublishedEvent;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Circulation's side of its hold events' contract: each of its hold events is published as circulation-events'
 * record of that name, in the shape of its golden sample.
 */
class HoldEventsContractTest {

    final JsonMapper json = JsonMapper.builder().build();
    final Hold hold = new Hold(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), "P-000042",
            Instant.parse("2026-03-02T10:15:30Z"), Hold.Status.READY, UUID.randomUUID(), "C-000123",
            LocalDate.of(2026, 3, 9), null, "East");

    @Test
    void publishesEachHoldEventAsTheRecordOfItsNameInTheShapeOfItsSample() {
        var published = Map.<HoldEvent, Class<? extends PublishedEvent>>of(
                new HoldEvent.Placed(hold), HoldPlaced.class,
                new HoldEvent.ReadyForPickup(hold), HoldReadyForPickup.class,
                new HoldEvent.Fulfilled(hold), HoldFulfilled.class,
                new HoldEvent.Cancelled(hold, Hold.CancelledBy.PATRON), HoldCancelled.class,
                new HoldEvent.Expired(hold), HoldExpired.class);
        published.forEach((event, type) -> {
            var record = HoldAnnouncements.published(event);
            assertThat(record).isInstanceOf(type);
            EventSamples.assertSameShape(EventSamples.of(type), json.valueToTree(record));
        });
    }

    @Test
    void carriesTheHoldsPickupBranch() {
        assertThat(((HoldPlaced) HoldAnnouncements.published(new HoldEvent.Placed(hold))).pickupBranch()).isEqualTo("East");
        assertThat(((HoldFulfilled) HoldAnnouncements.published(new HoldEvent.Fulfilled(hold))).pickupBranch()).isEqualTo("East");
        assertThat(((HoldCancelled) HoldAnnouncements.published(new HoldEvent.Cancelled(hold, Hold.CancelledBy.STAFF)))
                .pickupBranch()).isEqualTo("East");
        assertThat(((HoldExpired) HoldAnnouncements.published(new HoldEvent.Expired(hold))).pickupBranch()).isEqualTo("East");
    }

    @Test
    void sayWhoCancelledTheHold() {
        for (Hold.CancelledBy by : Hold.CancelledBy.values()) {
            var published = (HoldCancelled) HoldAnnouncements.published(new HoldEvent.Cancelled(hold, by));
            assertThat(published.cancelledBy()).isEqualTo(by.name());
            assertThat(published.byPatron()).isEqualTo(by == Hold.CancelledBy.PATRON);
        }
        assertThat(HoldCancelled.BY_STAFF).isEqualTo(Hold.CancelledBy.STAFF.name());
        assertThat(HoldCancelled.BY_SYSTEM).isEqualTo(Hold.CancelledBy.SYSTEM.name());
    }
}
