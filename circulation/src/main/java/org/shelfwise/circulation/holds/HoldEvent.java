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

    /** The hold's copy waits on the hold shelf of {@code branch} (null when the copy's branch is not known). */
    record ReadyForPickup(Hold hold, String branch) implements HoldEvent {

        ReadyForPickup(Hold hold) {
            this(hold, null);
        }

        ReadyForPickup at(String branch) {
            return new ReadyForPickup(hold, branch);
        }
    }

    record Fulfilled(Hold hold) implements HoldEvent {
    }

    /** Cancelled {@code by} the patron, the staff or the library's own rules. */
    record Cancelled(Hold hold, Hold.CancelledBy by) implements HoldEvent {
    }

    record Expired(Hold hold) implements HoldEvent {
    }
}
