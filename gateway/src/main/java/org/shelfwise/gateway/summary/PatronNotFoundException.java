package org.shelfwise.gateway.summary;

import java.util.UUID;

import org.shelfwise.gateway.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The patrons service knows no patron with the requested id. */
class PatronNotFoundException extends ErrorResponseException {

    PatronNotFoundException(UUID id) {
        super(HttpStatus.NOT_FOUND, problem(id), null);
    }

    private static ProblemDetail problem(UUID id) {
        // the same type, title and wording as the patrons service's own 404
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, "No patron with id " + id + ".");
        problem.setTitle("Patron not found");
        return problem;
    }
}
