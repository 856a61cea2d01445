package org.shelfwise.gateway.summary;

import org.shelfwise.gateway.problem.Problems;
import org.springframework.http.HttpStatus;
import org.springframework.web.ErrorResponseException;

/** Neither the patron nor their loans and holds could be read, so there is nothing to summarise. */
class SummaryUnavailableException extends ErrorResponseException {

    SummaryUnavailableException() {
        super(HttpStatus.SERVICE_UNAVAILABLE, Problems.of(HttpStatus.SERVICE_UNAVAILABLE,
                "Neither the patron nor their loans and holds can be read right now. Try again shortly."), null);
    }
}
