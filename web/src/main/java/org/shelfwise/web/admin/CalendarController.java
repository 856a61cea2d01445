package org.shelfwise.web.admin;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.shelfwise.web.staff.Tokens;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration: the calendar of closed days (a branch, or every branch with {@code *}) and weekly closings. */
@Controller
@RequestMapping("/staff/admin/calendar")
class CalendarController {

    private final Api api;
    private final Tokens tokens;

    CalendarController(Api api, Tokens tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    /** A day a branch is closed. */
    record ClosedDay(String branch, LocalDate day, String reason) {
    }

    /** A weekday (1 = Monday) a branch is closed every week. */
    record WeeklyClosing(String branch, Integer weekday) {
    }

    @GetMapping
    String calendar(Model model) {
        Forms.fresh(model);
        String token = tokens.accessToken();
        model.addAttribute("closedDays", List.of(api.get(token, ClosedDay[].class, "/api/calendar/closed-days")));
        model.addAttribute("weekly", List.of(api.get(token, WeeklyClosing[].class, "/api/calendar/weekly-closings")));
        return "admin-calendar";
    }

    @PostMapping
    String close(@RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        String branch = form.getOrDefault("branch", "").isBlank() ? "*" : form.get("branch").strip();
        try {
            LocalDate day = day(form.get("day"));
            var reason = new HashMap<String, Object>();
            reason.put("reason", Forms.blankToNull(form.get("reason")));
            api.put(tokens.accessToken(), reason, ClosedDay.class, "/api/calendar/closed-days/{branch}/{day}", branch, day);
            flash.addFlashAttribute("closed", day);
            return "redirect:/staff/admin/calendar";
        } catch (ApiProblem refused) {
            Forms.refused(refused, model, form);
            return calendar(model);
        }
    }

    @PostMapping("/{branch}/{day}/opening")
    String open(@PathVariable String branch, @PathVariable LocalDate day, RedirectAttributes flash) {
        api.delete(tokens.accessToken(), "/api/calendar/closed-days/{branch}/{day}", branch, day);
        flash.addFlashAttribute("opened", day);
        return "redirect:/staff/admin/calendar";
    }

    @PostMapping("/weekly")
    String closeWeekly(@RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        var body = new HashMap<String, Object>();
        body.put("branch", Forms.blankToNull(form.get("branch")));
        body.put("weekday", Forms.number(form.get("weekday")));
        try {
            api.put(tokens.accessToken(), body, WeeklyClosing.class, "/api/calendar/weekly-closings");
            return "redirect:/staff/admin/calendar";
        } catch (ApiProblem refused) {
            Forms.refused(refused, model, form);
            model.addAttribute("weeklyForm", true);
            return calendar(model);
        }
    }

    /** The day as the date field sends it (ISO); anything else is refused naming the field, as the API would. */
    private static LocalDate day(String typed) {
        try {
            return LocalDate.parse(typed == null ? "" : typed.strip());
        } catch (DateTimeParseException notADate) {
            throw new ApiProblem(400, "validation", "Invalid request", "", List.of(
                    new ApiProblem.FieldError("day", "date", "must be a date, e.g. 2026-12-25")), "");
        }
    }
}
