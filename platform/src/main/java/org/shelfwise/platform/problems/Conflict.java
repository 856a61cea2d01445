package org.shelfwise.platform.problems;

import org.springframework.http.HttpStatus;

import java.util.List;

/** The request is valid but the current state forbids it (a copy already on loan, a barcode in use): 409. */
public class Conflict extends DomainProblem {

    public Conflict(String type, String title, String detail) {
        super(HttpStatus.CONFLICT, type, title, detail);
    }

    public Conflict(String type, String title, String detail, FieldProblem error) {
        super(HttpStatus.CONFLICT, type, title, detail, List.of(error));
    }
}
