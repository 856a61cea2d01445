package org.shelfwise.catalog.search;

import org.shelfwise.platform.problems.DomainProblem;
import org.shelfwise.platform.problems.FieldProblem;
import org.springframework.http.HttpStatus;

import java.util.List;

/** Search parameters that are each valid but do not make sense together: 400. */
class InvalidSearch extends DomainProblem {

    InvalidSearch(FieldProblem error) {
        super(HttpStatus.BAD_REQUEST, "validation", "Invalid request", "One field is invalid.", List.of(error));
    }
}
