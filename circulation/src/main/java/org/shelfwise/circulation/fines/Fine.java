package org.shelfwise.circulation.fines;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

/** What a patron owes for one late loan, and what has been paid or waived of it. */
public record Fine(UUID id, UUID loanId, UUID patronId, String patronBarcode, BigDecimal amount, BigDecimal paid,
                   BigDecimal waived, boolean finalAmount) {

    public BigDecimal outstanding() {
        return amount.subtract(paid).subtract(waived);
    }

    /**
     * The fine for a loan due on {@code dueDate} and late until {@code until}: nothing within the grace period;
     * beyond it, every late day at the daily rate, up to the cap.
     */
    static BigDecimal accrued(LocalDate dueDate, LocalDate until, BigDecimal perDay, int graceDays, BigDecimal cap) {
        long daysLate = ChronoUnit.DAYS.between(dueDate, until);
        if (daysLate <= graceDays) {
            return BigDecimal.ZERO;
        }
        return perDay.multiply(BigDecimal.valueOf(daysLate)).min(cap).setScale(2, RoundingMode.HALF_UP);
    }
}
