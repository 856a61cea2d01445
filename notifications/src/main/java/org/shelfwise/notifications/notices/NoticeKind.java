package org.shelfwise.notifications.notices;

/** What a notice tells the patron. */
public enum NoticeKind {
    HOLD_READY, HOLD_EXPIRED, HOLD_CANCELLED, DUE_SOON, OVERDUE, FINE_CHARGED, CHECKOUT_RECEIPT,
    /** A patron's daily digest: the notices of a day they chose to get that way, in one email. */
    DIGEST;

    /** Whether a patron who chose nothing gets this kind by email: a receipt only when asked for. */
    public boolean byDefault() {
        return this != CHECKOUT_RECEIPT && this != DIGEST;
    }

    /** Whether a patron chooses how this kind reaches them: every kind but the digest itself. */
    public boolean choosable() {
        return this != DIGEST;
    }
}
