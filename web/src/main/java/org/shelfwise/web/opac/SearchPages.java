package org.shelfwise.web.opac;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;
import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.shelfwise.web.api.Branches;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * What a results page adds to the catalogue's answer: each hit's availability in words from its copies (one
 * lookup for the whole page, and the branches' names when a copy has a branch), and a refused search said in words,
 * naming the field and its rule.
 */
@Component
class SearchPages {

    private static final Logger log = LoggerFactory.getLogger(SearchPages.class);

    private final Api api;
    private final Availability availability;
    private final MessageSource messages;
    private final Branches branches;

    SearchPages(Api api, Availability availability, MessageSource messages, Branches branches) {
        this.api = api;
        this.availability = availability;
        this.messages = messages;
        this.branches = branches;
    }

    /** One result as the page lists it. */
    record Row(Results.Hit hit, String availability) {
    }

    /** The page asked for, from 1 in the URL and from 0 here; empty when it is not a page number at all. */
    static Optional<Integer> pageNumber(String page) {
        if (page == null || page.isBlank()) {
            return Optional.of(0);
        }
        try {
            int number = Integer.parseInt(page.strip());
            return number >= 1 ? Optional.of(number - 1) : Optional.empty();
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    /**
     * The hits with their availability. The copies of the whole page come in one call; when that call fails, the
     * counts the search answered with still say how many are on the shelf, without where.
     */
    List<Row> rows(Results results) {
        var ids = results.content().stream().map(hit -> hit.id().toString()).collect(Collectors.joining(","));
        Map<UUID, Holdings> holdings = new HashMap<>();
        if (!ids.isEmpty()) {
            try {
                for (var held : api.get(null, Holdings[].class, "/api/books/lookup?ids={ids}", ids)) {
                    holdings.put(held.id(), held);
                }
            } catch (ApiProblem unavailable) {
                log.warn("Copies of a results page could not be read: {} {}", unavailable.status(), unavailable.type());
            }
        }
        // the branches' names only for a page that has copies at a branch: one more call, and none for the others
        var branchNames = Availability.namesBranches(holdings.values().stream().flatMap(h -> h.copies().stream())
                .toList()) ? branches.names(null) : Map.<String, String>of();
        return results.content().stream().map(hit -> new Row(hit, holdings.containsKey(hit.id())
                ? availability.of(holdings.get(hit.id()).copies(), branchNames) : counted(hit))).toList();
    }

    private String counted(Results.Hit hit) {
        return hit.copies() == null ? "" : text("opac.availability.count", hit.availableCopies(), hit.copies());
    }

    /** A search the catalogue (or the page) refused: 400, and beside the box what to change, in words. */
    String refused(ApiProblem refused, HttpServletResponse response, Model model) {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        model.addAttribute("searchProblem", refused.errors().isEmpty() ? refused.inWords()
                : refused.errors().stream().map(error -> text("opac.search.problem", fieldName(error.field()),
                error.message())).collect(Collectors.joining(" ")));
        return "opac/search";
    }

    private String fieldName(String field) {
        return messages.getMessage("opac.field." + field, null, field, LocaleContextHolder.getLocale());
    }

    String text(String key, Object... arguments) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage(key, arguments, locale);
    }
}
