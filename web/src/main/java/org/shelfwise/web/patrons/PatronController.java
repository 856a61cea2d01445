package org.shelfwise.web.patrons;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.shelfwise.web.api.Category;
import org.shelfwise.web.api.FineAccount;
import org.shelfwise.web.api.Loan;
import org.shelfwise.web.api.Patron;
import org.shelfwise.web.api.Summary;
import org.shelfwise.web.checkout.Standings;
import org.shelfwise.web.staff.Tokens;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Patrons: find by name, card or email; a patron's record with loans (renew), holds and fines; register one. */
@Controller
@RequestMapping("/staff/patrons")
class PatronController {

    private final Api api;
    private final Tokens tokens;

    PatronController(Api api, Tokens tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    @GetMapping
    String find(@RequestParam(defaultValue = "") String q, Model model) {
        model.addAttribute("q", q);
        if (!q.isBlank()) {
            var found = api.get(tokens.accessToken(), Standings.PatronPage.class, "/api/patrons?q={q}&size=50", q.strip());
            model.addAttribute("found", found.content());
            model.addAttribute("total", found.page().totalElements());
        }
        return "patrons";
    }

    @GetMapping("/{id}")
    String patron(@PathVariable UUID id, Model model) {
        String token = tokens.accessToken();
        var summary = api.get(token, Summary.class, "/api/patrons/{id}/summary", id);
        Patron patron = summary.patron() != null ? summary.patron() : api.get(token, Patron.class, "/api/patrons/{id}", id);
        model.addAttribute("patron", patron);
        model.addAttribute("summary", summary);
        try {
            model.addAttribute("fines", api.get(token, FineAccount.class, "/api/fines?patronId={id}", id));
        } catch (ApiProblem unread) {
            model.addAttribute("fines", null);
        }
        return "patron";
    }

    @PostMapping("/{id}/loans/{loanId}/renewal")
    String renew(@PathVariable UUID id, @PathVariable UUID loanId, @RequestParam String key,
                 RedirectAttributes flash) {
        try {
            var loan = api.post(tokens.accessToken(), Map.of(), Loan.class, key, "/api/loans/{loan}/renewal", loanId);
            flash.addFlashAttribute("renewed", loan);
        } catch (ApiProblem refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            flash.addFlashAttribute("renewalRefused", Map.of(loanId.toString(), refused.detail()));
        }
        return "redirect:/staff/patrons/" + id;
    }

    @GetMapping("/new")
    String registration(Model model) {
        model.addAttribute("registration", Registration.empty());
        return form(model, Map.of(), null);
    }

    @PostMapping
    String register(@ModelAttribute Registration registration, @RequestParam String key, Model model) {
        try {
            var patron = api.post(tokens.accessToken(), registration.request(), Patron.class, key, "/api/patrons");
            return "redirect:/staff/patrons/" + patron.id() + "?registered";
        } catch (ApiProblem refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            var errors = new HashMap<String, String>();
            refused.errors().forEach(error -> errors.merge(error.field(), error.message(), (a, b) -> a + "; " + b));
            model.addAttribute("registration", registration);
            return form(model, errors, errors.isEmpty() ? refused.detail() : null);
        }
    }

    private String form(Model model, Map<String, String> errors, String problem) {
        List<Category> categories;
        try {
            categories = List.of(api.get(null, Category[].class, "/api/patron-categories"));
        } catch (ApiProblem unread) {
            categories = List.of();
        }
        model.addAttribute("categories", categories);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "patron-new";
    }
}
