package org.shelfwise.web.patrons;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.shelfwise.web.api.Loan;
import org.shelfwise.web.api.Patron;
import org.shelfwise.web.api.Summary;
import org.shelfwise.web.staff.Tokens;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * What a librarian does on a patron's record: renew all their loans (each refusal explained beside its loan),
 * cancel a hold, settle a fine (pay in full or in part, waive with a reason), block with a reason and lift a block.
 * Each answers with the record again, its outcome in words.
 */
@Controller
@RequestMapping("/staff/patrons/{id}")
class PatronActions {

    private final Api api;
    private final Tokens tokens;

    PatronActions(Api api, Tokens tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    @PostMapping("/loans/renewal")
    String renewAll(@PathVariable UUID id, @RequestParam String key, RedirectAttributes flash) {
        String token = tokens.accessToken();
        var loans = api.get(token, Summary.class, "/api/patrons/{id}/summary", id).loans();
        var refused = new HashMap<String, String>();
        int renewed = 0;
        for (Loan loan : loans == null ? List.<Loan>of() : loans) {
            try {
                api.post(token, Map.of(), Loan.class, key + "-" + loan.id(), "/api/loans/{loan}/renewal", loan.id());
                renewed++;
            } catch (ApiProblem refusal) {
                rethrowIfNotARefusal(refusal);
                refused.put(loan.id().toString(), refusal.inWords());
            }
        }
        flash.addFlashAttribute("renewedAll", renewed);
        flash.addFlashAttribute("renewalRefused", refused);
        return back(id);
    }

    @PostMapping("/holds/{holdId}/cancellation")
    String cancelHold(@PathVariable UUID id, @PathVariable UUID holdId, RedirectAttributes flash) {
        try {
            api.delete(tokens.accessToken(), "/api/holds/{hold}", holdId);
            flash.addFlashAttribute("holdCancelled", true);
        } catch (ApiProblem refusal) {
            rethrowIfNotARefusal(refusal);
            flash.addFlashAttribute("holdProblem", refusal.inWords());
        }
        return back(id);
    }

    /** A payment of {@code amount} (the whole outstanding amount when left blank), or a waiver with its reason. */
    @PostMapping("/fines/{fineId}/settlements")
    String settle(@PathVariable UUID id, @PathVariable UUID fineId, @RequestParam String kind,
                  @RequestParam(defaultValue = "") String amount, @RequestParam(defaultValue = "") String outstanding,
                  @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        var body = new LinkedHashMap<String, Object>();
        body.put("kind", kind);
        String typed = amount.isBlank() ? outstanding : amount.strip();
        body.put("amount", amount(typed));
        if (!reason.isBlank()) {
            body.put("reason", reason.strip());
        }
        try {
            api.post(tokens.accessToken(), body, Object.class, null, "/api/fines/{fine}/settlements", fineId);
            flash.addFlashAttribute("settled", kind);
        } catch (ApiProblem refusal) {
            rethrowIfNotARefusal(refusal);
            flash.addFlashAttribute("fineId", fineId.toString());
            flash.addFlashAttribute("fineErrors", refusal.byField());
            flash.addFlashAttribute("fineProblem", refusal.errors().isEmpty() ? refusal.inWords() : null);
        }
        return back(id);
    }

    @PostMapping("/block")
    String block(@PathVariable UUID id, @RequestParam(defaultValue = "") String reason, RedirectAttributes flash) {
        try {
            api.put(tokens.accessToken(), Map.of("reason", reason), Patron.class, "/api/patrons/{id}/block", id);
            flash.addFlashAttribute("blockedNow", true);
        } catch (ApiProblem refusal) {
            rethrowIfNotARefusal(refusal);
            flash.addFlashAttribute("blockProblem", refusal.about("reason").orElse(refusal.inWords()));
        }
        return back(id);
    }

    @PostMapping("/block/lifting")
    String unblock(@PathVariable UUID id, RedirectAttributes flash) {
        api.delete(tokens.accessToken(), "/api/patrons/{id}/block", id);
        flash.addFlashAttribute("unblocked", true);
        return back(id);
    }

    private static Object amount(String typed) {
        try {
            return new java.math.BigDecimal(typed.strip());
        } catch (NumberFormatException notANumber) {
            return typed;
        }
    }

    private static void rethrowIfNotARefusal(ApiProblem problem) {
        if (problem.status() == 401 || problem.status() >= 500) {
            throw problem;
        }
    }

    private static String back(UUID id) {
        return "redirect:/staff/patrons/" + id;
    }
}
