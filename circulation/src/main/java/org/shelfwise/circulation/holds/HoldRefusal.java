package org.shelfwise.circulation.holds;

import org.shelfwise.platform.problems.DomainProblem;
import org.shelfwise.platform.problems.FieldProblem;
import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Locale;

/** Refusals about holds, each with a machine-readable reason in the problem type. */
public class HoldRefusal extends DomainProblem {

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

    public HoldRefusal(Reason reason, String detail) {
        super(HttpStatus.CONFLICT, slug(reason), "Refused: " + slug(reason).replace('-', ' '), detail,
                List.of(new FieldProblem(reason.field, slug(reason), detail)));
    }

    private static String slug(Reason reason) {
        return reason.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
