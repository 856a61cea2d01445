package org.shelfwise.catalog.availability;

import org.junit.jupiter.api.Test;
import org.shelfwise.events.circulation.HoldCancelled;
import org.shelfwise.events.circulation.HoldEvent;
import org.shelfwise.events.circulation.HoldExpired;
import org.shelfwise.events.circulation.HoldReadyForPickup;
import org.shelfwise.events.circulation.ItemCheckedIn;
import org.shelfwise.events.circulation.ItemCheckedOut;
import org.shelfwise.events.circulation.ItemRenewed;
import org.shelfwise.events.circulation.LoanEvent;
import org.shelfwise.platform.events.EventSamples;
import org.shelfwise.platform.events.EventTypes;
import org.shelfwise.platform.events.PublishedEvent;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The catalogue's side of its contract with circulation: every event its availability listeners act on, as
 * circulation's golden samples have it, reads as its type with each field they use. A change in circulation-events
 * that breaks this fails the catalogue's build.
 */
class CirculationEventsContractTest {

    static <E extends PublishedEvent> E sample(EventTypes<? super E> types, Class<E> type) {
        return type.cast(types.read(PublishedEvent.typeOf(type), EventSamples.of(type)).orElseThrow());
    }

    @Test
    void readsTheCopyAndDueDateOfEveryLoanEventItActsOn() {
        var out = sample(LoanEvent.TYPES, ItemCheckedOut.class);
        assertThat(out.copyId()).isNotNull();
        assertThat(out.dueDate()).isNotNull();
        var renewed = sample(LoanEvent.TYPES, ItemRenewed.class);
        assertThat(renewed.copyId()).isNotNull();
        assertThat(renewed.dueDate()).isNotNull();
        assertThat(sample(LoanEvent.TYPES, ItemCheckedIn.class).copyId()).isNotNull();
    }

    @Test
    void readsTheCopyAndPickupDateOfEveryHoldEventItActsOn() {
        var ready = sample(HoldEvent.TYPES, HoldReadyForPickup.class);
        assertThat(ready.copyId()).isNotNull();
        assertThat(ready.pickupBy()).isNotNull();
        assertThat(sample(HoldEvent.TYPES, HoldCancelled.class).copyId()).isNotNull();
        assertThat(sample(HoldEvent.TYPES, HoldExpired.class).copyId()).isNotNull();
    }
}
