package org.shelfwise.web.account;

import java.util.HashMap;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.shelfwise.web.api.Branches;
import org.shelfwise.web.opac.Record;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Placing a hold from a record's page: signed in first (the security chain sends the patron to sign in and back),
 * then confirmed with the branch to collect it at (when the library lists its branches), and placed for the patron the
 * token names (no card is sent: circulation takes the token's own). A refusal (already holding it, too many holds,
 * a block) is said on the page in words.
 */
@Controller
class HoldPlacement {

    private final Api api;
    private final PatronTokens tokens;
    private final RefusalWords words;
    private final Branches branches;

    HoldPlacement(Api api, PatronTokens tokens, RefusalWords words, Branches branches) {
        this.api = api;
        this.tokens = tokens;
        this.words = words;
        this.branches = branches;
    }

    /** The hold as circulation answers it: its place in the queue while it waits. */
    record Placed(UUID id, String status, Long position) {
    }

    @GetMapping("/records/{id}/hold")
    String confirm(@PathVariable UUID id, Model model) {
        model.addAttribute("book", api.get(null, Record.class, "/api/books/{id}", id));
        model.addAttribute("branches", branches.all(tokens.accessToken()));
        return "opac/hold";
    }

    @PostMapping("/records/{id}/hold")
    String place(@PathVariable UUID id, @RequestParam(defaultValue = "") String pickupBranch, @RequestParam String key,
                 HttpServletResponse response, Model model, RedirectAttributes flash) {
        var book = api.get(null, Record.class, "/api/books/{id}", id);
        var hold = new HashMap<String, Object>();
        hold.put("bookId", id);
        if (!pickupBranch.isBlank()) {
            hold.put("pickupBranch", pickupBranch.strip());
        }
        try {
            var placed = api.post(tokens.accessToken(), hold, Placed.class, key, "/api/holds");
            flash.addFlashAttribute("holdPlaced", book.fullTitle());
            flash.addFlashAttribute("holdPosition", placed.position());
            return "redirect:/account#holds";
        } catch (ApiProblem refused) {
            if (refused.status() == 401 || refused.status() >= 500) {
                throw refused;
            }
            response.setStatus(refused.status() == 409 ? 409 : HttpServletResponse.SC_BAD_REQUEST);
            model.addAttribute("book", book);
            model.addAttribute("branches", branches.all(tokens.accessToken()));
            model.addAttribute("chosen", pickupBranch);
            model.addAttribute("refusal", words.of(refused));
            return "opac/hold";
        }
    }
}
