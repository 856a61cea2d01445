package org.shelfwise.circulation.calendar;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.shelfwise.platform.input.SingleLine;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.sql.Date;
import java.time.LocalDate;
import java.util.List;

/**
 * The library's calendar: days a branch (or, with branch {@code *}, every branch) is closed, and weekdays it is
 * closed every week. Anyone may read it; an administrator changes it.
 */
@Tag(name = "Calendar")
@RestController
class CalendarController {

    private final JdbcClient jdbc;
    private final LibraryCalendar calendar;

    CalendarController(JdbcClient jdbc, LibraryCalendar calendar) {
        this.jdbc = jdbc;
        this.calendar = calendar;
    }

    /** A day a branch is closed. */
    record ClosedDay(String branch, LocalDate day, String reason) {
    }

    /** Why a day is closed. */
    record Closing(@Size(max = 200) String reason) {
    }

    /** A weekday (1 = Monday ... 7 = Sunday) a branch is closed every week. */
    record WeeklyClosing(@NotBlank @SingleLine @Size(max = 64) String branch, @NotNull @Min(1) @Max(7) Integer weekday) {
    }

    @Operation(summary = "Closed days from a date on (default today), for all branches or one")
    @GetMapping("/api/calendar/closed-days")
    List<ClosedDay> closedDays(@RequestParam(required = false) LocalDate from) {
        return jdbc.sql("select branch, day, reason from closed_day where day >= ? order by day, branch")
                // the library's today (its time zone, the injected clock), not the server's
                .param(Date.valueOf(from == null ? calendar.today() : from))
                .query((rs, row) -> new ClosedDay(rs.getString(1), rs.getDate(2).toLocalDate(), rs.getString(3)))
                .list();
    }

    @Operation(summary = "Close a branch (or '*', every branch) on a day (ADMIN)")
    @PutMapping("/api/calendar/closed-days/{branch}/{day}")
    ClosedDay close(@PathVariable @NotBlank @SingleLine @Size(max = 64) String branch, @PathVariable LocalDate day,
                    @Valid @RequestBody Closing closing) {
        calendar.close(branch, day, closing.reason());
        return new ClosedDay(branch, day, closing.reason());
    }

    @Operation(summary = "Open a branch again on a day (ADMIN)")
    @DeleteMapping("/api/calendar/closed-days/{branch}/{day}")
    ResponseEntity<Void> open(@PathVariable String branch, @PathVariable LocalDate day) {
        calendar.open(branch, day);
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "Weekdays branches are closed every week")
    @GetMapping("/api/calendar/weekly-closings")
    List<WeeklyClosing> weeklyClosings() {
        return jdbc.sql("select branch, weekday from weekly_closing order by branch, weekday")
                .query(WeeklyClosing.class).list();
    }

    @Operation(summary = "Close a branch on a weekday every week (ADMIN)")
    @PutMapping("/api/calendar/weekly-closings")
    WeeklyClosing closeWeekly(@Valid @RequestBody WeeklyClosing closing) {
        calendar.closeWeekly(closing.branch(), closing.weekday());
        return closing;
    }
}
