package org.shelfwise.circulation.borrowers;

import org.shelfwise.circulation.policies.LoanPolicy;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What applies to a patron under one loan policy: the smaller of the category's and the policy's open loans and
 * holds, and the category's fine balance above which nothing more is lent (none before the category is known).
 */
public record Limits(int maxOpenLoans, int maxHolds, Optional<BigDecimal> maxFineBalance) {

    static Limits of(Optional<CategoryLimits> category, LoanPolicy policy) {
        return category.map(c -> new Limits(Math.min(c.maxOpenLoans(), policy.maxOpenLoans()),
                        Math.min(c.maxHolds(), policy.maxHolds()), Optional.of(c.maxFineBalance())))
                .orElseGet(() -> new Limits(policy.maxOpenLoans(), policy.maxHolds(), Optional.empty()));
    }
}
