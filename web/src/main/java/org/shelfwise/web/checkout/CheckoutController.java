package org.shelfwise.web.checkout;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.shelfwise.web.api.Loan;
import org.shelfwise.web.staff.Tokens;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The check-out desk: a patron's card, then one copy after another, each lent or refused in words at once (a
 * librarian may override a refusal that allows it, giving a reason), then "Done" and a receipt.
 */
@Controller
@RequestMapping("/staff/checkout")
class CheckoutController {

    private final Standings standings;
    private final Api api;
    private final Tokens tokens;

    CheckoutController(Standings standings, Api api, Tokens tokens) {
        this.standings = standings;
        this.api = api;
        this.tokens = tokens;
    }

    @GetMapping
    String start() {
        return "checkout";
    }

    @PostMapping
    String findPatron(@RequestParam(defaultValue = "") String patronBarcode, Model model) {
        String card = patronBarcode.strip();
        if (card.isEmpty()) {
            model.addAttribute("cardError", "checkout.card.required");
            return "checkout";
        }
        var patron = standings.byCard(card);
        if (patron.isEmpty()) {
            model.addAttribute("cardError", "checkout.card.unknown");
            model.addAttribute("card", card);
            return "checkout";
        }
        return "redirect:/staff/checkout/" + patron.get().id();
    }

    @GetMapping("/{patronId}")
    String patron(@PathVariable UUID patronId, HttpSession session, Model model) {
        var standing = standings.of(patronId);
        var visit = Visit.of(session, patronId, standing.patron().barcode());
        model.addAttribute("standing", standing);
        model.addAttribute("visit", visit);
        return "checkout-patron";
    }

    @PostMapping("/{patronId}/items")
    String scan(@PathVariable UUID patronId, @RequestParam(defaultValue = "") String itemBarcode,
                @RequestParam String key, @RequestParam(required = false) String override,
                HttpServletRequest request, HttpSession session, Model model) {
        var visit = Visit.current(session, patronId).orElseGet(() ->
                Visit.of(session, patronId, standings.of(patronId).patron().barcode()));
        String barcode = itemBarcode.strip();
        Scan scan = null;
        if (!barcode.isEmpty()) {
            scan = visit.record(session, lend(visit, barcode, key, override));
        }
        if (request.getHeader("HX-Request") == null) {
            return "redirect:/staff/checkout/" + patronId;
        }
        model.addAttribute("standing", standings.of(patronId));
        model.addAttribute("visit", visit);
        model.addAttribute("scan", scan);
        return "checkout-update :: update";
    }

    private Scan lend(Visit visit, String barcode, String key, String override) {
        var body = new LinkedHashMap<String, Object>();
        body.put("itemBarcode", barcode);
        body.put("patronBarcode", visit.patronBarcode());
        boolean overriding = override != null && !override.isBlank();
        if (overriding) {
            body.put("override", Map.of("reason", override.strip()));
        }
        try {
            var loan = api.post(tokens.accessToken(), body, Loan.class, key, "/api/checkouts");
            return Scan.lent(key, barcode, loan.title(), loan.dueDate(), overriding ? override.strip() : null);
        } catch (ApiProblem refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            return Scan.refused(key, barcode, refused.detail().isBlank() ? refused.title() : refused.detail(),
                    refused.overridable() && !overriding);
        }
    }

    @PostMapping("/{patronId}/done")
    String done(@PathVariable UUID patronId) {
        return "redirect:/staff/checkout/" + patronId + "/receipt";
    }

    @GetMapping("/{patronId}/receipt")
    String receipt(@PathVariable UUID patronId, HttpSession session, Model model) {
        var visit = Visit.current(session, patronId).orElse(null);
        model.addAttribute("patron", standings.of(patronId).patron());
        model.addAttribute("lent", visit == null ? java.util.List.of() : visit.lent());
        return "receipt";
    }
}
