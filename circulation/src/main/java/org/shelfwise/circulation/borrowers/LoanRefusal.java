package org.shelfwise.circulation.borrowers;

/**
 * The desk's refusals, each with a machine-readable reason: the problem {@code type} is
 * {@code urn:shelfwise:problem:<reason>}, e.g. {@code loan-limit-reached}.
 */
public final class LoanRefusal extends Refusal {

    /** Why the desk refuses. */
    public enum Reason {
        PATRON_BLOCKED("patronBarcode", true),
        CARD_EXPIRED("patronBarcode", true),
        LOAN_LIMIT_REACHED("patronBarcode", true),
        FINES_OVER_LIMIT("patronBarcode", true),
        COPY_NOT_AVAILABLE("itemBarcode", false),
        NOT_ON_LOAN("itemBarcode", false),
        RENEWAL_LIMIT_REACHED("id", true),
        PATRONS_WAITING("id", true);

        private final String field;
        private final boolean overridable;

        Reason(String field, boolean overridable) {
            this.field = field;
            this.overridable = overridable;
        }
    }

    private final Reason reason;

    public LoanRefusal(Reason reason, String detail) {
        super(reason, reason.field, detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    @Override
    public boolean overridable() {
        return reason.overridable;
    }
}
