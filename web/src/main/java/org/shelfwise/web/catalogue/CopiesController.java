package org.shelfwise.web.catalogue;

import java.util.LinkedHashMap;
import java.util.UUID;

import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.shelfwise.web.staff.Tokens;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A record's copies: move one (a new shelf mark or location, sent with the version it was read at) and remove one;
 * a refusal (a copy on loan cannot be removed) is shown in words beside the copies.
 */
@Controller
@RequestMapping("/staff/catalogue/{id}/copies/{barcode}")
class CopiesController {

    private final Api api;
    private final Tokens tokens;

    CopiesController(Api api, Tokens tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    @PostMapping("/move")
    String move(@PathVariable UUID id, @PathVariable String barcode, @RequestParam(defaultValue = "") String shelfMark,
                @RequestParam(defaultValue = "") String location, RedirectAttributes flash) {
        String token = tokens.accessToken();
        var shelving = new LinkedHashMap<String, Object>();
        shelving.put("shelfMark", shelfMark.isBlank() ? null : shelfMark.strip());
        shelving.put("location", location.isBlank() ? null : location.strip());
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

    private static void refusedAbout(String barcode, ApiProblem refused, RedirectAttributes flash) {
        if (refused.status() == 401 || refused.status() >= 500) {
            throw refused;
        }
        flash.addFlashAttribute("copyRefused", barcode);
        flash.addFlashAttribute("copyRefusal", refused.errors().isEmpty() ? refused.inWords()
                : refused.errors().getFirst().field() + " " + refused.errors().getFirst().message());
    }
}
