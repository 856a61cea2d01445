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
        PATRON_BLOCKED("patronBarcode"),
        CARD_EXPIRED("patronBarcode"),
        LOAN_LIMIT_REACHED("patronBarcode"),
        FINES_OVER_LIMIT("patronBarcode"),
        COPY_NOT_AVAILABLE("itemBarcode"),
        NOT_ON_LOAN("itemBarcode"),
        RENEWAL_LIMIT_REACHED("id");

        private final String field;

        Reason(String field) {
            this.field = field;
        }

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
