package org.shelfwise.web.catalogue;

import java.util.LinkedHashMap;
import java.util.UUID;

import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.shelfwise.web.staff.Tokens;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A record's copies: move or change one (a new shelf mark, location, branch or item type, sent with the version it
 * was read at) and remove one;
 * a refusal (a copy on loan cannot be removed) is shown in words beside the copies.
 */
@Controller
@RequestMapping("/staff/catalogue/{id}/copies/{barcode}")
class CopiesController {

    private final Api api;
    private final Tokens tokens;
    private final MessageSource messages;

    CopiesController(Api api, Tokens tokens, MessageSource messages) {
        this.api = api;
        this.tokens = tokens;
        this.messages = messages;
    }

    /**
     * A copy's new shelving: shelf mark, location, branch and item type as the form shows them (an empty one is none).
     * A form of before branches, without those fields, leaves them as they are.
     */
    @PostMapping("/move")
    String move(@PathVariable UUID id, @PathVariable String barcode, @RequestParam(defaultValue = "") String shelfMark,
                @RequestParam(defaultValue = "") String location, @RequestParam(required = false) String branch,
                @RequestParam(required = false) String itemType, RedirectAttributes flash) {
        String token = tokens.accessToken();
        var shelving = new LinkedHashMap<String, Object>();
        shelving.put("shelfMark", orNull(shelfMark));
        shelving.put("location", orNull(location));
        if (branch != null) {
            shelving.put("branch", orNull(branch));
        }
        if (itemType != null) {
            shelving.put("itemType", orNull(itemType));
        }
        try {
            var current = api.getVersioned(token, Copy.class, "/api/copies/{barcode}", barcode);
            api.patch(token, shelving, current.etag(), Copy.class, "/api/copies/{barcode}", barcode);
            flash.addFlashAttribute("copyMoved", barcode);
        } catch (ApiProblem refused) {
            refusedAbout(barcode, refused, flash);
        }
        return "redirect:/staff/catalogue/" + id;
    }

    @PostMapping("/removal")
    String remove(@PathVariable UUID id, @PathVariable String barcode, RedirectAttributes flash) {
        try {
            api.delete(tokens.accessToken(), "/api/copies/{barcode}", barcode);
            flash.addFlashAttribute("copyRemoved", barcode);
        } catch (ApiProblem refused) {
            refusedAbout(barcode, refused, flash);
        }
        return "redirect:/staff/catalogue/" + id;
    }

    private static String orNull(String value) {
        return value.isBlank() ? null : value.strip();
    }

    private void refusedAbout(String barcode, ApiProblem refused, RedirectAttributes flash) {
        if (refused.status() == 401 || refused.status() >= 500) {
            throw refused;
        }
        flash.addFlashAttribute("copyRefused", barcode);
        flash.addFlashAttribute("copyRefusal", refused.errors().isEmpty() ? refused.inWords()
                : CopyFields.inWords(refused.errors().getFirst(), messages));
    }
}
