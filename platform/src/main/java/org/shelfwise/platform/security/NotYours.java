package org.shelfwise.platform.security;

import org.shelfwise.platform.problems.DomainProblem;
import org.springframework.http.HttpStatus;

/**
 * A patron asked for another patron's data (403 {@code forbidden}, like the role checks). The same answer whether
 * or not the other patron exists, so it tells nothing about them.
 */
public class NotYours extends DomainProblem {

    public NotYours() {
        super(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "Patrons may see and act on their own data only.");
    }
}
