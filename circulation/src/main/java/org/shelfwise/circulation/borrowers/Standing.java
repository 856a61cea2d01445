package org.shelfwise.circulation.borrowers;

/** Whether the patrons service lets the patron borrow: in good standing, or blocked for a reason. */
public sealed interface Standing {

    /** The patron may borrow (as far as the patrons service says; the card's expiry is told apart). */
    record Active() implements Standing {
    }

    /** The library stopped the patron borrowing; {@code reason} is what staff gave (null if none). */
    record Blocked(String reason) implements Standing {
    }

    /** The standing the patrons service's {@code status} ({@code ACTIVE} or {@code BLOCKED}) and reason describe. */
    static Standing of(String status, String blockedReason) {
        return "BLOCKED".equals(status) ? new Blocked(blockedReason) : new Active();
    }

    /** As the patrons service names it, and the replica stores it. */
    default String status() {
        return this instanceof Blocked ? "BLOCKED" : "ACTIVE";
    }

    default String blockedReason() {
        return this instanceof Blocked(var reason) ? reason : null;
    }
}
