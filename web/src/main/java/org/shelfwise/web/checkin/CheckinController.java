package org.shelfwise.web.checkin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.shelfwise.web.api.Patron;
import org.shelfwise.web.staff.Tokens;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The check-in desk: scan copies one after another; each shows its title, who had it and any fine, and a copy that
 * fills a hold says so prominently, with a slip to print.
 */
@Controller
@RequestMapping("/staff/checkin")
class CheckinController {

    private final Api api;
    private final Tokens tokens;

    CheckinController(Api api, Tokens tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    /** The check-in answer: the closed loan's fields, plus what the return caused. */
    record CheckedIn(String itemBarcode, String title, UUID patronId, String patronBarcode, Fine fine,
                     HoldShelf holdShelf) {
        record Fine(BigDecimal amount) {
        }

        record HoldShelf(UUID patronId, String patronBarcode, LocalDate pickupBy) {
        }
    }

    @GetMapping
    String page(HttpSession session, Model model) {
        model.addAttribute("returns", Returns.of(session));
        return "checkin";
    }

    @PostMapping
    String scan(@RequestParam(defaultValue = "") String itemBarcode, @RequestParam String key,
                HttpServletRequest request, HttpSession session, Model model) {
        var returns = Returns.of(session);
        String barcode = itemBarcode.strip();
        Return scanned = barcode.isEmpty() ? null : returns.record(session, checkIn(barcode, key));
        if (request.getHeader("HX-Request") == null) {
            return "redirect:/staff/checkin";
        }
        model.addAttribute("returns", returns);
        model.addAttribute("scanned", scanned);
        return "checkin-update :: update";
    }

    private Return checkIn(String barcode, String key) {
        String token = tokens.accessToken();
        try {
            var answer = api.post(token, Map.of("itemBarcode", barcode), CheckedIn.class, key, "/api/checkins");
            var hold = answer.holdShelf();
            return new Return(key, barcode, true, answer.title(), nameOf(token, answer.patronId(), answer.patronBarcode()),
                    answer.fine() == null ? null : answer.fine().amount(),
                    hold == null ? null : nameOf(token, hold.patronId(), hold.patronBarcode()),
                    hold == null ? null : hold.patronBarcode(), hold == null ? null : hold.pickupBy(), null);
        } catch (ApiProblem refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            return new Return(key, barcode, false, null, null, null, null, null, null,
                    refused.detail().isBlank() ? refused.title() : refused.detail());
        }
    }

    /** The patron's name; their card when the patron record cannot be read just now. */
    private String nameOf(String token, UUID patronId, String card) {
        try {
            return api.get(token, Patron.class, "/api/patrons/{id}", patronId).name();
        } catch (ApiProblem unread) {
            if (unread.status() == 401) {
                throw unread;
            }
            return card;
        }
    }

    /** A printable slip for a copy put on the hold shelf. */
    @GetMapping("/{key}/slip")
    String slip(@PathVariable String key, HttpSession session, Model model) {
        var kept = Returns.of(session).find(key).filter(Return::isToHoldShelf)
                .orElseThrow(() -> new ApiProblem(404, "not-found", "Not found",
                        "This desk has no hold slip for that check-in.", java.util.List.of(), ""));
        model.addAttribute("r", kept);
        return "hold-slip";
    }
}
