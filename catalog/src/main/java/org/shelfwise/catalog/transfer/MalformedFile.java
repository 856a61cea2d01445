package org.shelfwise.catalog.transfer;

import org.shelfwise.platform.problems.DomainProblem;
import org.shelfwise.platform.problems.FieldProblem;
import org.springframework.http.HttpStatus;

import java.util.List;

/** A CSV file whose header row cannot be used: refused on upload with 400, and nothing is stored. */
class MalformedFile extends DomainProblem {

    MalformedFile(long record, String rule, String message) {
        super(HttpStatus.BAD_REQUEST, "malformed-file", "Malformed file",
                "Record " + record + " cannot be read: " + message + ". Nothing was imported.",
                List.of(new FieldProblem("body", rule, "record " + record + ": " + message)));
    }
}
