package org.shelfwise.web.checkin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.shelfwise.web.api.Branch;
import org.shelfwise.web.api.Branches;
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
 * fills a hold says so prominently, with a slip to print, or says which branch to send it to when the hold is to be
 * collected elsewhere. The desk says its branch (chosen once, kept in the session), so that a copy arriving for a
 * hold to be collected here goes to the hold shelf.
 */
@Controller
@RequestMapping("/staff/checkin")
class CheckinController {

    private static final String DESK_BRANCH = CheckinController.class.getName() + ".branch";

    private final Api api;
    private final Tokens tokens;
    private final Branches branches;

    CheckinController(Api api, Tokens tokens, Branches branches) {
        this.api = api;
        this.tokens = tokens;
        this.branches = branches;
    }

    /** The check-in answer: the closed loan's fields, plus what the return caused. */
    /**
     * The check-in answer: the closed loan's fields (none for a copy that was not on loan but arrived for a hold),
     * plus what the return caused.
     */
    record CheckedIn(String itemBarcode, String title, UUID patronId, String patronBarcode, Fine fine,
                     HoldShelf holdShelf, Transit transit) {
        record Fine(BigDecimal amount) {
        }

        record HoldShelf(UUID patronId, String patronBarcode, LocalDate pickupBy) {
        }

        record Transit(UUID patronId, String patronBarcode, String sendTo) {
        }
    }

    @GetMapping
    String page(HttpSession session, Model model) {
        model.addAttribute("returns", Returns.of(session));
        desk(session, model);
        return "checkin";
    }

    @PostMapping
    String scan(@RequestParam(defaultValue = "") String itemBarcode, @RequestParam(defaultValue = "") String branch,
                @RequestParam String key, HttpServletRequest request, HttpSession session, Model model) {
        session.setAttribute(DESK_BRANCH, branch.strip());
        var returns = Returns.of(session);
        String barcode = itemBarcode.strip();
        Return scanned = barcode.isEmpty() ? null : returns.record(session, checkIn(barcode, branch.strip(), key));
        if (request.getHeader("HX-Request") == null) {
            return "redirect:/staff/checkin";
        }
        model.addAttribute("returns", returns);
        model.addAttribute("scanned", scanned);
        desk(session, model);
        return "checkin-update :: update";
    }

    /** The branches this desk may be at, and the one it said it is at. */
    private void desk(HttpSession session, Model model) {
        model.addAttribute("branches", branches.all(tokens.accessToken()));
        model.addAttribute("deskBranch", session.getAttribute(DESK_BRANCH) instanceof String chosen ? chosen : "");
    }

    private Return checkIn(String barcode, String branch, String key) {
        String token = tokens.accessToken();
        var body = new HashMap<String, Object>();
        body.put("itemBarcode", barcode);
        if (!branch.isEmpty()) {
            body.put("branch", branch);
        }
        try {
            var answer = api.post(token, body, CheckedIn.class, key, "/api/checkins");
            var hold = answer.holdShelf();
            var transit = answer.transit();
            String borrower = answer.patronId() == null ? null
                    : nameOf(token, answer.patronId(), answer.patronBarcode());
            if (transit != null) {
                return new Return(key, barcode, true, answer.title(), borrower,
                        answer.fine() == null ? null : answer.fine().amount(),
                        nameOf(token, transit.patronId(), transit.patronBarcode()), transit.patronBarcode(), null, null,
                        nameOfBranch(token, transit.sendTo()));
            }
            return new Return(key, barcode, true, answer.title(), borrower,
                    answer.fine() == null ? null : answer.fine().amount(),
                    hold == null ? null : nameOf(token, hold.patronId(), hold.patronBarcode()),
                    hold == null ? null : hold.patronBarcode(), hold == null ? null : hold.pickupBy(), null, null);
        } catch (ApiProblem refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            return new Return(key, barcode, false, null, null, null, null, null, null,
                    refused.detail().isBlank() ? refused.title() : refused.detail(), null);
        }
    }

    private String nameOfBranch(String token, String code) {
        List<Branch> all = branches.all(token);
        return all.stream().filter(b -> b.code().equals(code)).map(Branch::name).findFirst().orElse(code);
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
