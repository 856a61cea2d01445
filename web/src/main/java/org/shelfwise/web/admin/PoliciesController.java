package org.shelfwise.web.admin;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.shelfwise.web.staff.Tokens;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration: the loan policies (define or change one) and the rules that say which applies where. */
@Controller
@RequestMapping("/staff/admin/policies")
class PoliciesController {

    /** The policy's fields, in the form's order. */
    static final List<String> FIELDS = List.of("name", "loanPeriodDays", "renewalsAllowed", "maxOpenLoans", "maxHolds",
            "finePerDay", "graceDays", "maxFine", "pickupDays", "dueSoonDays", "overdueNoticeDays");

    private final Api api;
    private final Tokens tokens;

    PoliciesController(Api api, Tokens tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    /** A loan policy as the API shows it. */
    record Policy(String id, String name, Integer loanPeriodDays, Integer renewalsAllowed, Integer maxOpenLoans,
                  Integer maxHolds, BigDecimal finePerDay, Integer graceDays, BigDecimal maxFine, Integer pickupDays,
                  Integer dueSoonDays, List<Integer> overdueNoticeDays) {

        /** The overdue notice days as typed in the form ("1, 7, 14"); empty when the library's defaults apply. */
        public String overdueNoticeDaysText() {
            return overdueNoticeDays == null ? "" : String.join(", ", overdueNoticeDays.stream().map(String::valueOf).toList());
        }
    }

    /** A rule: the category, item type and branch it covers (null: any), and its policy. */
    record Rule(Long id, String patronCategory, String itemType, String branch, String policyId) {
    }

    @GetMapping
    String policies(@RequestParam(required = false) String edit, Model model) {
        String token = tokens.accessToken();
        var policies = List.of(api.get(token, Policy[].class, "/api/policies"));
        model.addAttribute("policies", policies);
        model.addAttribute("policyFields", FIELDS);
        model.addAttribute("formFields", java.util.stream.Stream.concat(java.util.stream.Stream.of("id"), FIELDS.stream()).toList());
        model.addAttribute("rules", List.of(api.get(token, Rule[].class, "/api/policy-rules")));
        if (!model.containsAttribute("errors")) {
            var typed = new HashMap<String, String>();
            policies.stream().filter(p -> p.id().equals(edit)).findFirst().ifPresent(p -> typed.putAll(asTyped(p)));
            model.addAttribute("errors", Map.of());
            model.addAttribute("typed", typed);
        }
        return "admin-policies";
    }

    @PostMapping
    String put(@RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        String id = form.getOrDefault("id", "").strip();
        var body = new LinkedHashMap<String, Object>();
        body.put("name", Forms.blankToNull(form.get("name")));
        FIELDS.stream().skip(1).filter(field -> !field.equals("overdueNoticeDays"))
                .forEach(field -> body.put(field, Forms.number(form.get(field))));
        body.put("overdueNoticeDays", days(form.get("overdueNoticeDays")));
        try {
            if (id.isEmpty()) {
                throw new ApiProblem(400, "validation", "Invalid request", "", List.of(
                        new ApiProblem.FieldError("id", "NotBlank", "must name the policy, e.g. standard-loan")), "");
            }
            api.put(tokens.accessToken(), body, Policy.class, "/api/policies/{id}", id);
            flash.addFlashAttribute("saved", id);
            return "redirect:/staff/admin/policies";
        } catch (ApiProblem refused) {
            Forms.refused(refused, model, form);
            return policies(null, model);
        }
    }

    @PostMapping("/rules")
    String putRule(@RequestParam Map<String, String> form, Model model, RedirectAttributes flash) {
        var body = new HashMap<String, Object>();
        for (String part : List.of("patronCategory", "itemType", "branch", "policyId")) {
            body.put(part, Forms.blankToNull(form.get(part)));
        }
        try {
            api.put(tokens.accessToken(), body, Rule.class, "/api/policy-rules");
            flash.addFlashAttribute("ruleSaved", true);
            return "redirect:/staff/admin/policies";
        } catch (ApiProblem refused) {
            Forms.refused(refused, model, form);
            model.addAttribute("ruleForm", true);
            return policies(null, model);
        }
    }

    /**
     * "1, 7, 14" as a list of days; blank: none given (the library's defaults); "none": an empty list, no overdue
     * notices. A part that is not a number is sent as typed, for the API to refuse naming the field.
     */
    private static List<Object> days(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        if (typed.strip().equalsIgnoreCase("none")) {
            return List.of();
        }
        return java.util.Arrays.stream(typed.split(",")).map(Forms::number).toList();
    }

    private static Map<String, String> asTyped(Policy p) {
        var typed = new HashMap<String, String>();
        typed.put("id", p.id());
        typed.put("name", p.name());
        typed.put("loanPeriodDays", String.valueOf(p.loanPeriodDays()));
        typed.put("renewalsAllowed", String.valueOf(p.renewalsAllowed()));
        typed.put("maxOpenLoans", String.valueOf(p.maxOpenLoans()));
        typed.put("maxHolds", String.valueOf(p.maxHolds()));
        typed.put("finePerDay", p.finePerDay().toPlainString());
        typed.put("graceDays", String.valueOf(p.graceDays()));
        typed.put("maxFine", p.maxFine().toPlainString());
        typed.put("pickupDays", String.valueOf(p.pickupDays()));
        typed.put("dueSoonDays", p.dueSoonDays() == null ? "" : String.valueOf(p.dueSoonDays()));
        typed.put("overdueNoticeDays", p.overdueNoticeDays() != null && p.overdueNoticeDays().isEmpty() ? "none"
                : p.overdueNoticeDaysText());
        return typed;
    }
}
