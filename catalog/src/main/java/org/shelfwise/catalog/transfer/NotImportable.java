package org.shelfwise.catalog.transfer;

import org.shelfwise.platform.problems.DomainProblem;
import org.shelfwise.platform.problems.FieldProblem;
import org.springframework.http.HttpStatus;

import java.util.List;

/** The upload is refused at once, before anything is stored: not the format it says it is, or a bad parameter. */
class NotImportable extends DomainProblem {

    NotImportable(String field, String rule, String message) {
        super(HttpStatus.BAD_REQUEST, "not-importable", "Not importable", message,
                List.of(new FieldProblem(field, rule, message)));
    }
}
