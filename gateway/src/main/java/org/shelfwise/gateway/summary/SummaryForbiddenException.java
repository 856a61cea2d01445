package org.shelfwise.gateway.summary;

import org.shelfwise.gateway.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** A patron asked for another patron's summary. */
class SummaryForbiddenException extends ErrorResponseException {

    SummaryForbiddenException() {
        // typed forbidden, as every other refusal at the edge and in the services
        super(HttpStatus.FORBIDDEN, Problems.of(HttpStatus.FORBIDDEN, "A patron may read only their own summary."),
                null);
    }
}
