package org.shelfwise.notifications.notices;

/** What a notice tells the patron. */
public enum NoticeKind {
    HOLD_READY, HOLD_EXPIRED, HOLD_CANCELLED, DUE_SOON, OVERDUE, FINE_CHARGED, CHECKOUT_RECEIPT;

    /** Whether a patron who chose nothing gets this kind by email: a receipt only when asked for. */
    public boolean byDefault() {
        return this != CHECKOUT_RECEIPT;
    }
}
