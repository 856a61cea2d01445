package org.shelfwise.circulation.policies;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.shelfwise.platform.input.Money;
import org.shelfwise.platform.input.SingleLine;

import java.math.BigDecimal;

/**
 * The rules a loan is made under: how long it lasts, how often it may be renewed, how many the patron may hold,
 * what lateness costs, and how long a copy waits on the hold shelf.
 */
public record LoanPolicy(
        String id,
        @NotBlank @SingleLine @Size(max = 100) String name,
        @NotNull @Min(1) @Max(365) Integer loanPeriodDays,
        @NotNull @Min(0) @Max(100) Integer renewalsAllowed,
        @NotNull @Min(0) @Max(1000) Integer maxOpenLoans,
        @NotNull @Min(0) @Max(1000) Integer maxHolds,
        @NotNull @Money BigDecimal finePerDay,
        @NotNull @Min(0) @Max(365) Integer graceDays,
        @NotNull @Money BigDecimal maxFine,
        @NotNull @Min(1) @Max(60) Integer pickupDays) {
}
