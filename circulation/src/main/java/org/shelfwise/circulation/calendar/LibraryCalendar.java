package org.shelfwise.circulation.calendar;

import com.github.benmanes.caffeine.cache.LoadingCache;
import org.shelfwise.circulation.ReferenceData;
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
    /** Each branch's closings (its own and every branch's), read once for all dates: a few dozen days a year. */
    private final LoadingCache<String, Closings> closings;

    LibraryCalendar(JdbcClient jdbc, Clock clock, @Value("${shelfwise.circulation.time-zone:UTC}") ZoneId timeZone,
                    ReferenceData referenceData) {
        this.jdbc = jdbc;
        this.clock = clock.withZone(timeZone);
        this.closings = referenceData.cache("branch-calendars", this::read);
    }

    /** The weekdays (1 = Monday ... 7 = Sunday) and the days a branch is closed. */
    private record Closings(Set<Integer> weekdays, Set<LocalDate> days) {
    }

    private Closings read(String branch) {
        Set<Integer> weekdays = new HashSet<>();
        Set<LocalDate> days = new HashSet<>();
        jdbc.sql("""
                        select weekday, null::date as day from weekly_closing where branch in (:branch, '*')
                        union all
                        select null, day from closed_day where branch in (:branch, '*')""")
                .param("branch", branch)
                .query(rs -> {
                    Date closed = rs.getDate("day");
                    if (closed == null) {
                        weekdays.add(rs.getInt("weekday"));
                    } else {
                        days.add(closed.toLocalDate());
                    }
                });
        return new Closings(Set.copyOf(weekdays), Set.copyOf(days));
    }

    /** Today, in the library's time zone. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** {@code day} itself if the branch is open then, else the next day it is open. */
    public LocalDate nextOpenDay(String branch, LocalDate day) {
        String which = branch == null ? ALL_BRANCHES : branch;
        var closed = closings.get(which);
        if (closed.weekdays().size() == 7) {
            throw new IllegalStateException("branch " + which + " is closed every day of the week");
        }
        for (var candidate = day; candidate.isBefore(day.plusDays(SEARCH_DAYS)); candidate = candidate.plusDays(1)) {
            if (!closed.weekdays().contains(candidate.getDayOfWeek().getValue()) && !closed.days().contains(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("branch " + which + " has no open day in the year after " + day);
    }

    /** Closes a branch (or {@code *}, every branch) on a day. */
    void close(String branch, LocalDate day, String reason) {
        jdbc.sql("""
                        insert into closed_day (branch, day, reason) values (?, ?, ?)
                        on conflict (branch, day) do update set reason = excluded.reason""")
                .params(branch, Date.valueOf(day), reason).update();
        closings.invalidateAll();
    }

    /** Opens a branch again on a day it was closed. */
    void open(String branch, LocalDate day) {
        jdbc.sql("delete from closed_day where branch = ? and day = ?").params(branch, Date.valueOf(day)).update();
        closings.invalidateAll();
    }

    /** Closes a branch on a weekday every week. */
    void closeWeekly(String branch, int weekday) {
        jdbc.sql("insert into weekly_closing (branch, weekday) values (?, ?) on conflict do nothing")
                .params(branch, weekday).update();
        closings.invalidateAll();
    }
}
