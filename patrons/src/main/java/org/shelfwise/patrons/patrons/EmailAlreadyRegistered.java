package org.shelfwise.patrons.patrons;

import org.shelfwise.platform.problems.Conflict;
import org.shelfwise.platform.problems.FieldProblem;

/** Each patron signs in and receives notices by email, so two patrons cannot share one. */
class EmailAlreadyRegistered extends Conflict {

    EmailAlreadyRegistered(String email) {
        super("email-already-registered", "Email already registered",
                "A patron with the email " + email + " is already registered.",
                new FieldProblem("email", "unique", "is already registered to another patron"));
    }
}
