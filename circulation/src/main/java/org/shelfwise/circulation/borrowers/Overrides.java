package org.shelfwise.circulation.borrowers;

import java.util.ArrayList;
import java.util.List;

/**
 * A librarian's override of refusals, with its reason, or none. Applied to a decision's rules in one place: the
 * first refusal that is not overridden is thrown; the overridden ones are approved, to be recorded with the loan.
 */
public final class Overrides {

    private static final Overrides NONE = new Overrides(null);

    private final String reason;

    private Overrides(String reason) {
        this.reason = reason;
    }

    public static Overrides none() {
        return NONE;
    }

    /** Refusals that may be overridden are, for this reason. */
    public static Overrides because(String reason) {
        return new Overrides(reason.strip());
    }

    /** A decision allowed: the refusals a librarian overrode to allow it (none without an override). */
    public record Approval(List<Refusal> overridden, String reason) {

        public Approval {
            overridden = List.copyOf(overridden);
        }
    }

    Approval apply(List<Rule> rules, BorrowerAccount account, Occasion occasion) {
        var overridden = new ArrayList<Refusal>();
        for (var rule : rules) {
            var refusal = rule.check(account, occasion);
            if (refusal.isPresent()) {
                if (reason == null || !refusal.get().overridable()) {
                    throw refusal.get();
                }
                overridden.add(refusal.get());
            }
        }
        return new Approval(overridden, reason);
    }
}
