package org.shelfwise.platform.problems;

import org.springframework.http.HttpStatus;

/** The resource named in the path does not exist. */
public class NotFound extends DomainProblem {

    public NotFound(String what, Object id) {
        this(what, "id", id);
    }

    public NotFound(String what, String key, Object value) {
        super(HttpStatus.NOT_FOUND, "not-found", what + " not found",
                "No " + what.toLowerCase() + " with " + key + " " + value + ".");
    }
}
