package org.shelfwise.circulation.calendar;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.Set;

/**
 * The library's days: which day it is where the library stands, and which days a branch is open. A due date
 * that falls on a closed day moves to the next day the branch is open.
 */
@Component
public class LibraryCalendar {

    /** Stands for "every branch" in closings. */
    static final String ALL_BRANCHES = "*";
    private static final int SEARCH_DAYS = 366;

    private final JdbcClient jdbc;
    private final Clock clock;

    LibraryCalendar(JdbcClient jdbc, Clock clock, @Value("${shelfwise.circulation.time-zone:UTC}") ZoneId timeZone) {
        this.jdbc = jdbc;
        this.clock = clock.withZone(timeZone);
    }

    /** Today, in the library's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** {@code day} itself if the branch is open then, else the next day it is open. */
    public LocalDate nextOpenDay(String branch, LocalDate day) {
        String which = branch == null ? ALL_BRANCHES : branch;
        Set<Integer> closedWeekdays = new HashSet<>();
        Set<LocalDate> closedDays = new HashSet<>();
        // both kinds of closing in one round trip: every desk operation that sets a date asks
        jdbc.sql("""
                        select weekday, null::date as day from weekly_closing where branch in (:branch, '*')
                        union all
                        select null, day from closed_day where branch in (:branch, '*') and day between :from and :to""")
                .param("branch", which).param("from", Date.valueOf(day)).param("to", Date.valueOf(day.plusDays(SEARCH_DAYS)))
                .query(rs -> {
                    Date closed = rs.getDate("day");
                    if (closed == null) {
                        closedWeekdays.add(rs.getInt("weekday"));
                    } else {
                        closedDays.add(closed.toLocalDate());
                    }
                });
        if (closedWeekdays.size() == 7) {
            throw new IllegalStateException("branch " + which + " is closed every day of the week");
        }
        for (var candidate = day; candidate.isBefore(day.plusDays(SEARCH_DAYS)); candidate = candidate.plusDays(1)) {
            if (!closedWeekdays.contains(candidate.getDayOfWeek().getValue()) && !closedDays.contains(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("branch " + which + " has no open day in the year after " + day);
    }
}
