package org.shelfwise.circulation.borrowers;

import org.shelfwise.circulation.policies.LoanPolicy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A patron's account at the desk: their standing, their category's limits, how many loans and holds they have open
 * and what they owe. Loaded under the lock of the patron's row ({@link Accounts#lock}), so that decisions taken at
 * several desks at once count one after the other. Each decision runs its list of {@link LendingRules}: it answers
 * the approval (with what was overridden) or throws the first refusal not overridden.
 */
public record BorrowerAccount(Borrower borrower, Optional<CategoryLimits> category, long openLoans, long activeHolds,
                              BigDecimal fineBalance) {

    /** What applies to this patron under {@code policy}. */
    public Limits limits(LoanPolicy policy) {
        return Limits.of(category, policy);
    }

    /** May the patron borrow a copy that {@code policy} governs? */
    public Overrides.Approval checkOut(LoanPolicy policy, LocalDate today, Overrides overrides) {
        return overrides.apply(LendingRules.CHECK_OUT, this, Occasion.lending(policy, limits(policy), today));
    }

    /** May the patron renew a loan under {@code policy}, renewed {@code renewals} times so far? */
    public Overrides.Approval renew(LoanPolicy policy, Renewal renewal, LocalDate today, Overrides overrides) {
        return overrides.apply(LendingRules.RENEWAL, this, renewal.occasion(policy, limits(policy), today));
    }

    /** A renewal for a patron the replica no longer holds: only the loan's own rules apply. */
    public static Overrides.Approval renewWithoutAccount(LoanPolicy policy, Renewal renewal, LocalDate today,
                                                        Overrides overrides) {
        return overrides.apply(LendingRules.RENEWAL_WITHOUT_ACCOUNT, null,
                renewal.occasion(policy, new Limits(0, 0, Optional.empty()), today));
    }

    /** May the patron place one more hold? Nobody overrides a hold limit. */
    public void placeHold(LoanPolicy policy, LocalDate today) {
        Overrides.none().apply(LendingRules.HOLD, this, Occasion.lending(policy, limits(policy), today));
    }

    /** The loan a renewal is asked for: whether it is open, its renewals so far, whether others wait for its book. */
    public record Renewal(boolean loanOpen, int renewals, boolean othersWaiting) {

        Occasion occasion(LoanPolicy policy, Limits limits, LocalDate today) {
            return new Occasion(policy, limits, today, loanOpen, renewals, othersWaiting);
        }
    }
}
