package org.shelfwise.web.api;

import java.math.BigDecimal;

/** A patron category and its limits. */
public record Category(String code, String name, Integer maxOpenLoans, Integer maxHolds, BigDecimal maxFineBalance) {
}
