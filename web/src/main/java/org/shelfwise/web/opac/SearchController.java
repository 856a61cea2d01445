package org.shelfwise.web.opac;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.springframework.http.CacheControl;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The public search: one box, suggestions while typing, ranked results with each book's availability in words,
 * facets to narrow, "did you mean" for a typo, pages. Anonymous: the catalogue's reads are public, so no token is
 * sent. A search the catalogue refuses (a year out of range, a page too deep) is said beside the box with a 400.
 */
@Controller
class SearchController {

    private static final int SUGGESTIONS = 6;

    private final Api api;
    private final SearchPages pages;

    SearchController(Api api, SearchPages pages) {
        this.api = api;
        this.pages = pages;
    }

    @GetMapping("/")
    String home(Model model) {
        model.addAttribute("search", new Search(Map.of(), 0));
        return "opac/search";
    }

    @GetMapping("/search")
    String search(@RequestParam Map<String, String> parameters, HttpServletResponse response, Model model) {
        var page = SearchPages.pageNumber(parameters.get("page"));
        var search = new Search(Search.termsOf(parameters), page.orElse(0));
        model.addAttribute("search", search);
        if (page.isEmpty()) {
            return pages.refused(new ApiProblem(400, "validation", "", "", List.of(new ApiProblem.FieldError("page",
                    "type", pages.text("opac.search.pageRule"))), ""), response, model);
        }
        if (search.isEmpty()) {
            return "opac/search";
        }
        try {
            var results = api.get(null, Results.class, search.api(), search.terms());
            model.addAttribute("results", results);
            model.addAttribute("rows", pages.rows(results));
        } catch (ApiProblem refused) {
            if (refused.status() != 400) {
                throw refused;
            }
            return pages.refused(refused, response, model);
        }
        return "opac/search";
    }

    /** Titles that complete what has been typed so far: the catalogue's own prefix search, its first few hits. */
    @GetMapping(path = "/search/suggestions", produces = "application/json")
    @ResponseBody
    ResponseEntity<List<String>> suggestions(@RequestParam(defaultValue = "") String q) {
        String typed = q.strip();
        if (typed.length() < 2 || typed.length() > 200) {
            return ResponseEntity.ok(List.of());
        }
        var results = api.get(null, Results.class, "/api/books?size={size}&q={q}", SUGGESTIONS, q);
        var titles = results.content().stream().map(Results.Hit::title).distinct().toList();
        // the same letters typed again within the minute need not reach the catalogue
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)).cachePrivate())
                .body(titles);
    }
}
