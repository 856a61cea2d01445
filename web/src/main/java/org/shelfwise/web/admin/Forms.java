package org.shelfwise.web.admin;

import java.math.BigDecimal;
import java.util.Map;

import org.shelfwise.web.api.ApiProblem;
import org.springframework.ui.Model;

/** What the administration forms share: values typed sent as the API expects them, its refusals shown beside fields. */
final class Forms {

    private Forms() {
    }

    /** A whole number as a number, a decimal as a decimal, else the text as typed, for the API to refuse in words. */
    static Object number(String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        try {
            return Integer.valueOf(text);
        } catch (NumberFormatException notWhole) {
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException notANumber) {
                return text;
            }
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** A refusal the form shows: each field's rule beside it, and the detail when it names no field. */
    static void refused(ApiProblem refused, Model model, Map<String, String> typed) {
        if (refused.status() == 401 || refused.status() >= 500) {
            throw refused;
        }
        model.addAttribute("errors", refused.byField());
        model.addAttribute("problem", refused.errors().isEmpty() ? refused.inWords() : null);
        model.addAttribute("typed", typed);
    }

    static void fresh(Model model) {
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
            model.addAttribute("typed", Map.of());
        }
    }
}
