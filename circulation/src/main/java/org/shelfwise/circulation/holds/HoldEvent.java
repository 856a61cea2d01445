package org.shelfwise.circulation.holds;

/**
 * What happened to a hold, in circulation's own terms; {@link HoldAnnouncements} publishes each as the event
 * other services read.
 */
public sealed interface HoldEvent {

    /** The hold as it now is. */
    Hold hold();

    record Placed(Hold hold) implements HoldEvent {
    }

    record ReadyForPickup(Hold hold) implements HoldEvent {
    }

    record Fulfilled(Hold hold) implements HoldEvent {
    }

    record Cancelled(Hold hold) implements HoldEvent {
    }

    record Expired(Hold hold) implements HoldEvent {
    }
}
