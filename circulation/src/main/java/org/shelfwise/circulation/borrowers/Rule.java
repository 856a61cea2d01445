package org.shelfwise.circulation.borrowers;

import java.util.Optional;

/** One lending rule: the refusal it gives the account on this occasion, or nothing when the rule is met. */
@FunctionalInterface
interface Rule {

    Optional<? extends Refusal> check(BorrowerAccount account, Occasion occasion);
}
