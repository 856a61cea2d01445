package org.shelfwise.web.patrons;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.shelfwise.web.api.Category;
import org.shelfwise.web.api.Patron;
import org.shelfwise.web.staff.Tokens;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A patron's details edited under the ETag they were read at (an edit that meets a newer version is shown beside it
 * as a conflict, what was typed kept, and saved over theirs only on request), and the card renewed.
 */
@Controller
@RequestMapping("/staff/patrons/{id}")
class PatronDetailsPages {

    private final Api api;
    private final Tokens tokens;

    PatronDetailsPages(Api api, Tokens tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    @GetMapping("/edit")
    String edit(@PathVariable UUID id, Model model) {
        var current = api.getVersioned(tokens.accessToken(), Patron.class, "/api/patrons/{id}", id);
        return form(model, id, current.body(), DetailsForm.of(current.body(), current.etag()), Map.of(), null);
    }

    @PostMapping("/details")
    String save(@PathVariable UUID id, @ModelAttribute DetailsForm form, Model model, RedirectAttributes flash) {
        String token = tokens.accessToken();
        var current = api.getVersioned(token, Patron.class, "/api/patrons/{id}", id);
        try {
            api.put(token, form.request(current.body()), form.etag(), Patron.class, "/api/patrons/{id}", id);
            flash.addFlashAttribute("detailsSaved", true);
            return "redirect:/staff/patrons/" + id;
        } catch (ApiProblem refused) {
            if (refused.status() == 401 || refused.status() >= 500) {
                throw refused;
            }
            if (refused.status() == 412) {
                // someone saved meanwhile: their version beside what was typed, which takes their ETag, so that
                // saving again is a decision made with both in sight
                var theirs = api.getVersioned(token, Patron.class, "/api/patrons/{id}", id);
                model.addAttribute("theirs", DetailsForm.of(theirs.body(), theirs.etag()));
                return form(model, id, theirs.body(), form.at(theirs.etag()), Map.of(), null);
            }
            var errors = refused.byField();
            return form(model, id, current.body(), form, errors, errors.isEmpty() ? refused.inWords() : null);
        }
    }

    @PostMapping("/card-renewal")
    String renewCard(@PathVariable UUID id, RedirectAttributes flash) {
        try {
            var patron = api.post(tokens.accessToken(), Map.of(), Patron.class, null, "/api/patrons/{id}/card-renewal", id);
            flash.addFlashAttribute("cardRenewed", patron.cardExpiresOn());
        } catch (ApiProblem refused) {
            if (refused.status() == 401 || refused.status() >= 500) {
                throw refused;
            }
            flash.addFlashAttribute("cardProblem", refused.inWords());
        }
        return "redirect:/staff/patrons/" + id;
    }

    private String form(Model model, UUID id, Patron patron, DetailsForm form, Map<String, String> errors,
                        String problem) {
        List<Category> categories;
        try {
            categories = List.of(api.get(null, Category[].class, "/api/patron-categories"));
        } catch (ApiProblem unread) {
            categories = List.of();
        }
        model.addAttribute("patronId", id);
        model.addAttribute("patron", patron);
        model.addAttribute("details", form);
        model.addAttribute("fields", DetailsForm.FIELDS);
        model.addAttribute("categories", categories);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "patron-edit";
    }
}
