package org.shelfwise.catalog.transfer;

import org.shelfwise.platform.problems.DomainProblem;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/** A request body over the limit: 413, and nothing is imported. */
class TooLarge extends DomainProblem {

    TooLarge(DataSize limit) {
        super(HttpStatus.CONTENT_TOO_LARGE, "content-too-large", "Content too large",
                "The body is larger than " + limit.toMegabytes() + " MB. Split the file; nothing was imported.");
    }
}
