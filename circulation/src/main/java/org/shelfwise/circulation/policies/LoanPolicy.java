package org.shelfwise.circulation.policies;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.shelfwise.platform.input.Money;
import org.shelfwise.platform.input.SingleLine;

import java.math.BigDecimal;
import java.util.List;

/**
 * The rules a loan is made under: how long it lasts, how often it may be renewed, how many the patron may hold,
 * what lateness costs, how long a copy waits on the hold shelf, and when its patron is reminded.
 *
 * @param dueSoonDays       a loan due within this many days gets its due-soon notice; null: the notices service's
 *                          default
 * @param overdueNoticeDays days after the due date of the first, second and third overdue notice, increasing (up to
 *                          three; empty: none); null: the notices service's default
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
        @NotNull @Min(1) @Max(60) Integer pickupDays,
        @Min(0) @Max(60) Integer dueSoonDays,
        @Size(max = MAX_OVERDUE_NOTICES) List<@NotNull @Min(1) @Max(365) Integer> overdueNoticeDays) {

    /** First, second and third overdue notice. */
    public static final int MAX_OVERDUE_NOTICES = 3;
}
