package org.shelfwise.catalog.books;

import org.shelfwise.platform.problems.DomainProblem;
import org.shelfwise.platform.problems.FieldProblem;
import org.springframework.http.HttpStatus;

import java.util.List;

/** Input found invalid after the web layer's own checks (a merged patch): 400, in the same shape as theirs. */
class InvalidRequest extends DomainProblem {

    InvalidRequest(List<FieldProblem> errors) {
        super(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                errors.size() == 1 ? "One field is invalid." : errors.size() + " fields are invalid.", errors);
    }
}
