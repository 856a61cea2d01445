package org.shelfwise.circulation.loans;

import org.shelfwise.platform.problems.DomainProblem;
import org.shelfwise.platform.problems.FieldProblem;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Locale;

/**
 * The desk's refusals, each with a machine-readable reason: the problem {@code type} is
 * {@code urn:shelfwise:problem:<reason>}, e.g. {@code loan-limit-reached}.
 */
public class LoanRefusal extends DomainProblem {

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

        /** Whether a librarian may override the refusal, giving a reason; a physical fact never can be. */
        boolean overridable() {
            return overridable;
        }

        /** The reason as it appears in problem types and records, e.g. {@code loan-limit-reached}. */
        String slug() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }
    }

    private final Reason reason;

    public LoanRefusal(Reason reason, String detail) {
        super(HttpStatus.CONFLICT, reason.slug(), "Refused: " + reason.slug().replace('-', ' '), detail,
                List.of(new FieldProblem(reason.field, reason.slug(), detail)));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
