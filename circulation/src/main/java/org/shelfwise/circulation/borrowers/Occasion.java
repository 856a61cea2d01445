package org.shelfwise.circulation.borrowers;

import org.shelfwise.circulation.policies.LoanPolicy;

import java.time.LocalDate;

/**
 * What a decision is about besides the account: the policy and limits that apply, the library's day, and for a
 * renewal the loan's state (open, renewals so far) and whether other patrons wait for its book.
 */
record Occasion(LoanPolicy policy, Limits limits, LocalDate today, boolean loanOpen, int renewals,
                boolean othersWaiting) {

    static Occasion lending(LoanPolicy policy, Limits limits, LocalDate today) {
        return new Occasion(policy, limits, today, false, 0, false);
    }
}
