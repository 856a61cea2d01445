package org.shelfwise.catalog.transfer;

import org.shelfwise.platform.problems.DomainProblem;
import org.shelfwise.platform.problems.FieldProblem;
import org.springframework.http.HttpStatus;

import java.util.List;

/** The file cannot be read on (a broken CSV quote, a MARC record whose directory lies): 400, and nothing is imported. */
class MalformedFile extends DomainProblem {

    MalformedFile(long record, String rule, String message) {
        super(HttpStatus.BAD_REQUEST, "malformed-file", "Malformed file",
                "Record " + record + " cannot be read: " + message + ". Nothing was imported.",
                List.of(new FieldProblem("body", rule, "record " + record + ": " + message)));
    }
}
