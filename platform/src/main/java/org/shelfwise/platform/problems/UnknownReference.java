package org.shelfwise.platform.problems;

import org.springframework.http.HttpStatus;

import java.util.List;

/** A well-formed request names something (a barcode, an id) that does not exist: 422, naming the field. */
public class UnknownReference extends DomainProblem {

    public UnknownReference(String field, String message) {
        super(HttpStatus.UNPROCESSABLE_CONTENT, "unknown-reference", "Unknown reference", message,
                List.of(new FieldProblem(field, "exists", message)));
    }
}
