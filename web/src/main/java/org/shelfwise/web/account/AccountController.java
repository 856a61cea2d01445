package org.shelfwise.web.account;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.shelfwise.web.api.Branches;
import org.shelfwise.web.api.FineAccount;
import org.shelfwise.web.api.Loan;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * My account: loans with their due dates, renewing one or all (each refusal said in words beside its loan), holds
 * with their place in the queue or their pickup deadline and branch, fines owed. Every call is made with the
 * patron's own token, for the patron the token names: an id in a URL (a loan's, a hold's) that is not theirs is
 * refused by circulation, and shown here as nothing at all.
 */
@Controller
@RequestMapping("/account")
class AccountController {

    private final Api api;
    private final PatronTokens tokens;
    private final RefusalWords words;
    private final Branches branches;

    AccountController(Api api, PatronTokens tokens, RefusalWords words, Branches branches) {
        this.api = api;
        this.tokens = tokens;
        this.words = words;
        this.branches = branches;
    }

    @GetMapping
    String account(@AuthenticationPrincipal Reader reader, Model model) {
        String token = tokens.accessToken();
        var account = api.get(token, MyAccount.class, "/api/patrons/me/summary");
        model.addAttribute("account", account);
        model.addAttribute("branchNames", account.namesBranches() ? branches.names(token) : Map.of());
        try {
            model.addAttribute("fines", api.get(token, FineAccount.class, "/api/fines?patronId={id}", reader.patronId()));
        } catch (ApiProblem unavailable) {
            if (unavailable.status() == 401) {
                throw unavailable;
            }
            model.addAttribute("finesUnavailable", true);
        }
        try {
            var notices = api.get(token, Notice[].class, "/api/notices?size=20");
            model.addAttribute("notices", notices == null ? java.util.List.of()
                    : java.util.Arrays.stream(notices).filter(Notice::isMessage).toList());
        } catch (ApiProblem unavailable) {
            if (unavailable.status() == 401) {
                throw unavailable;
            }
            model.addAttribute("noticesUnavailable", true);
        }
        return "opac/account";
    }

    /** One loan of the patron's; another patron's (403) or none (404) shows the same: nothing. */
    @GetMapping("/loans/{id}")
    String loan(@PathVariable UUID id, Model model) {
        model.addAttribute("loan", NotTheirs.hidden(() -> api.get(tokens.accessToken(), Loan.class, "/api/loans/{id}", id)));
        return "opac/loan";
    }

    @PostMapping("/loans/{id}/renewal")
    String renew(@PathVariable UUID id, @RequestParam String key, RedirectAttributes flash) {
        var renewal = NotTheirs.hidden(() -> renewal(tokens.accessToken(), id, "", key));
        flash.addFlashAttribute("renewals", Map.of(id, renewal));
        return "redirect:/account#loans";
    }

    @PostMapping("/renewals")
    String renewAll(@RequestParam String key, RedirectAttributes flash) {
        String token = tokens.accessToken();
        var renewals = new LinkedHashMap<UUID, Renewal>();
        for (var loan : api.get(token, MyAccount.class, "/api/patrons/me/summary").loans()) {
            renewals.put(loan.id(), renewal(token, loan.id(), loan.shownTitle(), key + ":" + loan.id()));
        }
        flash.addFlashAttribute("renewals", renewals);
        flash.addFlashAttribute("renewedAll", new ArrayList<>(renewals.values()));
        return "redirect:/account#loans";
    }

    @PostMapping("/holds/{id}/cancellation")
    String cancel(@PathVariable UUID id, RedirectAttributes flash) {
        NotTheirs.hidden(() -> {
            api.delete(tokens.accessToken(), "/api/holds/{id}", id);
            return id;
        });
        flash.addFlashAttribute("cancelled", true);
        return "redirect:/account#holds";
    }

    /** Renews the loan, or says why not; a refusal of the rules is an answer here, not an error. */
    private Renewal renewal(String token, UUID loan, String title, String key) {
        try {
            var renewed = api.post(token, Map.of(), Loan.class, key, "/api/loans/{id}/renewal", loan);
            return new Renewal(loan, renewed.title(), renewed.dueDate(), null);
        } catch (ApiProblem refused) {
            if (refused.status() == 401 || refused.status() == 403 || refused.status() == 404 || refused.status() >= 500) {
                throw refused;
            }
            return new Renewal(loan, title, null, words.of(refused));
        }
    }
}
