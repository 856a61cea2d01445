package org.shelfwise.circulation.borrowers;

import java.math.BigDecimal;

/** What a patron category allows, as the patrons service defines it; applied on top of the loan policy's limits. */
public record CategoryLimits(String code, int maxOpenLoans, int maxHolds, BigDecimal maxFineBalance) {
}
