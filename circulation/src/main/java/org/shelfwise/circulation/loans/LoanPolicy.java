package org.shelfwise.circulation.loans;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * How long a loan lasts, and in which time zone the library's days begin and end.
 * (Policies per patron category and item type come with a later issue.)
 */
@ConfigurationProperties("shelfwise.circulation")
public record LoanPolicy(Duration loanPeriod, ZoneId timeZone) {

    LocalDate dueDate(Clock clock) {
        return LocalDate.now(clock.withZone(timeZone)).plusDays(loanPeriod.toDays());
    }
}
