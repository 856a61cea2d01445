package org.shelfwise.circulation.borrowers;

import org.shelfwise.platform.problems.DomainProblem;
import org.shelfwise.platform.problems.FieldProblem;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Locale;

/**
 * A lending rule's refusal, answered as a 409 problem whose type is its reason's slug. Some a librarian may
 * override, giving a reason; a physical fact (a copy on loan, a hold for someone else) never can be.
 */
public abstract sealed class Refusal extends DomainProblem permits LoanRefusal, HoldRefusal {

    Refusal(Enum<?> reason, String field, String detail) {
        this(reason.name().toLowerCase(Locale.ROOT).replace('_', '-'), field, detail);
    }

    private Refusal(String slug, String field, String detail) {
        super(HttpStatus.CONFLICT, slug, "Refused: " + slug.replace('-', ' '), detail,
                List.of(new FieldProblem(field, slug, detail)));
    }

    /** Whether a librarian may lend despite it. */
    public abstract boolean overridable();

    /** The reason as it appears in problem types and records, e.g. {@code loan-limit-reached}. */
    public String slug() {
        return type();
    }
}
