package org.shelfwise.platform.problems;

import org.springframework.http.HttpStatus;

import java.util.List;

/** A request that breaks an input rule, refused with 400 {@code validation} naming each field and rule. */
public class InvalidInput extends DomainProblem {

    public InvalidInput(List<FieldProblem> errors) {
        super(HttpStatus.BAD_REQUEST, "validation", "Invalid request",
                errors.size() == 1 ? "One field is invalid." : errors.size() + " fields are invalid.", errors);
    }

    public InvalidInput(FieldProblem error) {
        this(List.of(error));
    }
}
