package org.shelfwise.patrons.categories;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.shelfwise.platform.input.Money;
import org.shelfwise.platform.input.SingleLine;

import java.math.BigDecimal;

/**
 * A kind of patron (adult, child, student, staff, ...) and the limits that come with it: circulation applies the
 * loan, hold and fine limits; the card validity sets a new card's expiry date.
 */
public record Category(
        String code,
        @NotBlank @SingleLine @Size(max = 100) String name,
        @NotNull @Min(0) @Max(1000) Integer maxOpenLoans,
        @NotNull @Min(0) @Max(1000) Integer maxHolds,
        @NotNull @Money BigDecimal maxFineBalance,
        @NotNull @Min(1) @Max(120) Integer cardValidityMonths) {
}
