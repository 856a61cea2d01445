package org.shelfwise.circulation.holds;

import org.junit.jupiter.api.Test;
import org.shelfwise.circulation.borrowers.HoldRefusal;
import org.shelfwise.platform.problems.Conflict;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A hold's own transitions, in memory: each legal one answers its event, each illegal one is refused. */
class HoldTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2030-03-14T10:00:00Z"), ZoneOffset.UTC);
    static final UUID PATRON = UUID.randomUUID();
    static final UUID COPY = UUID.randomUUID();
    static final LocalDate PICKUP_BY = LocalDate.of(2030, 3, 21);

    static Hold waiting() {
        var placed = Hold.place(UUID.randomUUID(), PATRON, "P1", null, CLOCK);
        assertThat(placed).isInstanceOf(HoldEvent.Placed.class);
        assertThat(placed.hold().status()).isEqualTo(Hold.Status.WAITING);
        return placed.hold();
    }

    static Hold ready() {
        var ready = waiting().readyWith(COPY, "I1", PICKUP_BY);
        assertThat(ready).isInstanceOf(HoldEvent.ReadyForPickup.class);
        return ready.hold();
    }

    @Test
    void aWaitingHoldBecomesReadyWithTheCopyAndItsDeadline() {
        var hold = ready();
        assertThat(hold.status()).isEqualTo(Hold.Status.READY);
        assertThat(hold.copyId()).isEqualTo(COPY);
        assertThat(hold.itemBarcode()).isEqualTo("I1");
        assertThat(hold.pickupBy()).isEqualTo(PICKUP_BY);
        assertThat(hold.closedAt()).isNull();
        assertThat(hold.isActive()).isTrue();
    }

    @Test
    void onlyAWaitingHoldBecomesReady() {
        assertThatThrownBy(() -> ready().readyWith(COPY, "I1", PICKUP_BY)).isInstanceOf(Conflict.class)
                .hasMessage("A hold that is ready cannot become ready; only a waiting one can.");
        var cancelled = waiting().cancel(Hold.CancelledBy.PATRON, CLOCK).hold();
        assertThatThrownBy(() -> cancelled.readyWith(COPY, "I1", PICKUP_BY)).isInstanceOf(Conflict.class);
    }

    @Test
    void aReadyHoldIsFulfilledByItsPatronOnly() {
        var fulfilled = ready().fulfilFor(PATRON, CLOCK);
        assertThat(fulfilled).isInstanceOf(HoldEvent.Fulfilled.class);
        assertThat(fulfilled.hold().status()).isEqualTo(Hold.Status.FULFILLED);
        assertThat(fulfilled.hold().closedAt()).isEqualTo(CLOCK.instant());
        assertThat(fulfilled.hold().isActive()).isFalse();
        assertThatThrownBy(() -> ready().fulfilFor(UUID.randomUUID(), CLOCK))
                .isInstanceOfSatisfying(HoldRefusal.class, r ->
                        assertThat(r.reason()).isEqualTo(HoldRefusal.Reason.COPY_HELD_FOR_ANOTHER_PATRON))
                .hasMessage("Copy I1 is on the hold shelf for another patron until 2030-03-21.");
    }

    @Test
    void aWaitingHoldIsNotFulfilled() {
        assertThatThrownBy(() -> waiting().fulfilFor(PATRON, CLOCK)).isInstanceOf(Conflict.class);
    }

    @Test
    void anActiveHoldIsCancelledOnceAndThenRefusesAgain() {
        assertThat(waiting().cancel(Hold.CancelledBy.PATRON, CLOCK)).isInstanceOf(HoldEvent.Cancelled.class);
        var cancelled = ready().cancel(Hold.CancelledBy.PATRON, CLOCK).hold();
        assertThat(cancelled.status()).isEqualTo(Hold.Status.CANCELLED);
        assertThat(cancelled.copyId()).as("the copy it held, to pass on").isEqualTo(COPY);
        assertThatThrownBy(() -> cancelled.cancel(Hold.CancelledBy.PATRON, CLOCK))
                .isInstanceOfSatisfying(HoldRefusal.class, r -> assertThat(r.reason()).isEqualTo(HoldRefusal.Reason.HOLD_NOT_ACTIVE))
                .hasMessage("The hold is already cancelled.");
        assertThatThrownBy(() -> ready().fulfilFor(PATRON, CLOCK).hold().cancel(Hold.CancelledBy.PATRON, CLOCK))
                .hasMessage("The hold is already fulfilled.");
    }

    @Test
    void onlyAReadyHoldExpires() {
        var expired = ready().expire(CLOCK);
        assertThat(expired).isInstanceOf(HoldEvent.Expired.class);
        assertThat(expired.hold().status()).isEqualTo(Hold.Status.EXPIRED);
        assertThatThrownBy(() -> waiting().expire(CLOCK)).isInstanceOf(Conflict.class)
                .hasMessage("A hold that is waiting cannot become expired; only a ready one can.");
        assertThatThrownBy(() -> expired.hold().expire(CLOCK)).isInstanceOf(Conflict.class);
    }

    static Hold travelling() {
        var placed = Hold.place(UUID.randomUUID(), PATRON, "P1", "East", CLOCK).hold();
        assertThat(placed.pickupBranch()).isEqualTo("East");
        return placed.sentWith(COPY, "I1");
    }

    @Test
    void aHoldWithAPickupBranchIsCollectableThereOnlyAndOneWithoutAnywhere() {
        assertThat(travelling().collectableAt("East")).isTrue();
        assertThat(travelling().collectableAt("Main")).isFalse();
        assertThat(travelling().collectableAt(null)).as("a desk that does not say where it is").isFalse();
        assertThat(waiting().collectableAt("Main")).isTrue();
        assertThat(waiting().collectableAt(null)).isTrue();
    }

    @Test
    void aCopySentToThePickupBranchIsKeptForTheHoldAndMakesItReadyThere() {
        var hold = travelling();
        assertThat(hold.status()).isEqualTo(Hold.Status.IN_TRANSIT);
        assertThat(hold.copyId()).isEqualTo(COPY);
        assertThat(hold.pickupBy()).as("no deadline until it is on the hold shelf").isNull();
        assertThat(hold.isActive()).isTrue();
        var ready = hold.readyWith(COPY, "I1", PICKUP_BY).hold();
        assertThat(ready.status()).isEqualTo(Hold.Status.READY);
        assertThat(ready.pickupBranch()).isEqualTo("East");
        assertThat(ready.pickupBy()).isEqualTo(PICKUP_BY);
        assertThatThrownBy(() -> hold.sentWith(COPY, "I1")).isInstanceOf(Conflict.class)
                .hasMessage("A hold that is in transit cannot become in transit; only a waiting one can.");
        assertThatThrownBy(() -> waiting().sentWith(COPY, "I1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aCopyOnItsWayIsLentOnlyToItsPatronAndTheHoldMayBeCancelledButDoesNotExpire() {
        assertThat(travelling().fulfilFor(PATRON, CLOCK).hold().status()).isEqualTo(Hold.Status.FULFILLED);
        assertThatThrownBy(() -> travelling().fulfilFor(UUID.randomUUID(), CLOCK))
                .isInstanceOfSatisfying(HoldRefusal.class, r ->
                        assertThat(r.reason()).isEqualTo(HoldRefusal.Reason.COPY_HELD_FOR_ANOTHER_PATRON))
                .hasMessage("Copy I1 is on its way to East for another patron.");
        assertThat(travelling().cancel(Hold.CancelledBy.PATRON, CLOCK).hold().status()).isEqualTo(Hold.Status.CANCELLED);
        assertThatThrownBy(() -> travelling().expire(CLOCK)).isInstanceOf(Conflict.class);
    }
}
