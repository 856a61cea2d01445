package org.shelfwise.circulation.borrowers;

/** Refusals about holds, each with a machine-readable reason in the problem type; none may be overridden. */
public final class HoldRefusal extends Refusal {

    /** Why a hold is refused, or why a held copy cannot be lent. */
    public enum Reason {
        ALREADY_HOLDING("bookId"),
        HOLD_LIMIT_REACHED("patronBarcode"),
        HOLD_NOT_ACTIVE("id"),
        COPY_HELD_FOR_ANOTHER_PATRON("itemBarcode");

        private final String field;

        Reason(String field) {
            this.field = field;
        }
    }

    private final Reason reason;

    public HoldRefusal(Reason reason, String detail) {
        super(reason, reason.field, detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public boolean overridable() {
        return false;
    }
}
