package org.shelfwise.gateway.summary;

import java.util.UUID;

import org.shelfwise.gateway.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** The patrons service knows no patron with the requested id, or the caller, asking for their own, is none. */
class PatronNotFoundException extends ErrorResponseException {

    PatronNotFoundException(UUID id) {
        // the same type, title and wording as the patrons service's own 404
        super(HttpStatus.NOT_FOUND, problem("No patron with id " + id + "."), null);
    }

    /** The caller's token names no patron: a staff account, which has no loans of its own. */
    PatronNotFoundException() {
        super(HttpStatus.NOT_FOUND, problem("This account is not a patron's, so it has no summary of its own. "
                + "Staff read a patron's summary at /api/patrons/{id}/summary."), null);
    }

    private static ProblemDetail problem(String detail) {
        ProblemDetail problem = Problems.of(HttpStatus.NOT_FOUND, detail);
        problem.setTitle("Patron not found");
        return problem;
    }
}
