package org.shelfwise.web.catalogue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.shelfwise.web.api.Branches;
import org.shelfwise.web.staff.Tokens;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The catalogue: search with facets as filters, a record with its copies, add and edit a record (sent back with
 * the ETag it was read at: an edit that meets a newer version is shown beside it as a conflict, never lost), add a
 * copy.
 */
@Controller
@RequestMapping("/staff/catalogue")
class CatalogueController {

    private static final List<String> FILTERS = List.of("q", "author", "subject", "language", "available");

    private final Api api;
    private final Tokens tokens;
    private final Branches branches;
    private final MessageSource messages;

    CatalogueController(Api api, Tokens tokens, Branches branches, MessageSource messages) {
        this.api = api;
        this.branches = branches;
        this.tokens = tokens;
        this.messages = messages;
    }

    @GetMapping
    String search(@RequestParam Map<String, String> params, Model model) {
        var filters = new LinkedHashMap<String, String>();
        FILTERS.forEach(name -> {
            String value = params.get(name);
            if (value != null && !value.isBlank()) {
                filters.put(name, value.strip());
            }
        });
        model.addAttribute("filters", filters);
        model.addAttribute("q", filters.getOrDefault("q", ""));
        if (!filters.isEmpty()) {
            var uri = new StringBuilder("/api/books?facets=true&size=20");
            filters.keySet().forEach(name -> uri.append('&').append(name).append("={").append(name).append('}'));
            try {
                model.addAttribute("answer", api.get(tokens.accessToken(), SearchAnswer.class, uri.toString(), filters));
            } catch (ApiProblem refused) {
                if (refused.status() != 400) {
                    throw refused;
                }
                model.addAttribute("searchProblem", refused.errors().isEmpty() ? refused.detail()
                        : refused.errors().getFirst().field() + " " + refused.errors().getFirst().message());
            }
        }
        return "catalogue";
    }

    @GetMapping("/{id}")
    String record(@PathVariable UUID id, Model model) {
        String token = tokens.accessToken();
        model.addAttribute("book", api.get(token, Book.class, "/api/books/{id}", id));
        model.addAttribute("copies", List.of(api.get(token, Copy[].class, "/api/books/{id}/copies", id)));
        var listed = branches.all(token);
        model.addAttribute("branches", listed);
        model.addAttribute("branchNames", Branches.namesOf(listed));
        return "book";
    }

    @GetMapping("/new")
    String newRecord(Model model) {
        return form(model, RecordForm.empty(), null, Map.of(), null);
    }

    @PostMapping
    String add(@ModelAttribute RecordForm form, @RequestParam String key, Model model) {
        try {
            var added = api.post(tokens.accessToken(), form.asJson(), Book.class, key, "/api/books");
            return "redirect:/staff/catalogue/" + added.id() + "?added";
        } catch (ApiProblem refused) {
            return refusedForm(refused, model, form, null);
        }
    }

    @GetMapping("/{id}/edit")
    String edit(@PathVariable UUID id, Model model) {
        var current = api.getVersioned(tokens.accessToken(), Book.class, "/api/books/{id}", id);
        return form(model, RecordForm.of(current.body(), current.etag()), id, Map.of(), null);
    }

    @PostMapping("/{id}")
    String save(@PathVariable UUID id, @ModelAttribute RecordForm form, Model model) {
        String token = tokens.accessToken();
        try {
            api.patch(token, form.asJson(), form.etag(), Book.class, "/api/books/{id}", id);
            return "redirect:/staff/catalogue/" + id + "?saved";
        } catch (ApiProblem refused) {
            if (refused.status() == 412) {
                // someone saved the record meanwhile: show their version beside this one, keep what was typed, and
                // take their ETag, so saving again is a decision made with both versions in sight
                var theirs = api.getVersioned(token, Book.class, "/api/books/{id}", id);
                var kept = new RecordForm(form.title(), form.subtitle(), form.authors(), form.isbn(), form.publisher(),
                        form.publicationYear(), form.language(), form.subjects(), form.description(), form.edition(),
                        theirs.etag());
                model.addAttribute("theirs", RecordForm.of(theirs.body(), theirs.etag()));
                return form(model, kept, id, Map.of(), null);
            }
            return refusedForm(refused, model, form, id);
        }
    }

    @PostMapping("/{id}/copies")
    String addCopy(@PathVariable UUID id, @RequestParam String barcode, @RequestParam(defaultValue = "") String shelfMark,
                   @RequestParam(defaultValue = "") String location, @RequestParam(defaultValue = "") String branch,
                   @RequestParam(defaultValue = "") String itemType, @RequestParam String key,
                   RedirectAttributes flash) {
        var body = new HashMap<String, Object>();
        body.put("barcode", barcode.strip());
        var given = Map.of("shelfMark", shelfMark, "location", location, "branch", branch, "itemType", itemType);
        given.forEach((field, value) -> {
            if (!value.isBlank()) {
                body.put(field, value.strip());
            }
        });
        try {
            api.post(tokens.accessToken(), body, Copy.class, key, "/api/books/{id}/copies", id);
            flash.addFlashAttribute("copyAdded", barcode.strip());
        } catch (ApiProblem refused) {
            if (refused.status() == 401) {
                throw refused;
            }
            flash.addFlashAttribute("copyProblem", refused.errors().isEmpty() ? refused.detail()
                    : CopyFields.inWords(refused.errors().getFirst(), messages));
            flash.addFlashAttribute("copyBarcode", barcode);
        }
        return "redirect:/staff/catalogue/" + id;
    }

    /**
     * A hold on this book for the patron with the card scanned, to collect at the branch chosen (none: where the copy
     * comes back); the refusal, if any, beside the card field.
     */
    @PostMapping("/{id}/holds")
    String placeHold(@PathVariable UUID id, @RequestParam(defaultValue = "") String patronBarcode,
                     @RequestParam(defaultValue = "") String pickupBranch, @RequestParam String key,
                     RedirectAttributes flash) {
        var hold = new HashMap<String, Object>(Map.of("bookId", id, "patronBarcode", patronBarcode.strip()));
        if (!pickupBranch.isBlank()) {
            hold.put("pickupBranch", pickupBranch.strip());
        }
        try {
            api.post(tokens.accessToken(), hold, Object.class, key, "/api/holds");
            flash.addFlashAttribute("holdPlaced", patronBarcode.strip());
        } catch (ApiProblem refused) {
            if (refused.status() == 401 || refused.status() >= 500) {
                throw refused;
            }
            flash.addFlashAttribute("holdProblem", refused.about("patronBarcode").orElse(refused.inWords()));
            flash.addFlashAttribute("holdCard", patronBarcode);
        }
        return "redirect:/staff/catalogue/" + id;
    }

    private String refusedForm(ApiProblem refused, Model model, RecordForm form, UUID id) {
        if (refused.status() == 401) {
            throw refused;
        }
        var errors = new HashMap<String, String>();
        // the API names list items (authors[0]); the form has one field for the list
        refused.errors().forEach(error -> errors.merge(error.field().replaceAll("\\[\\d+]$", ""), error.message(),
                (a, b) -> a + "; " + b));
        return form(model, form, id, errors, errors.isEmpty() ? refused.detail() : null);
    }

    private String form(Model model, RecordForm form, UUID id, Map<String, String> errors, String problem) {
        model.addAttribute("record", form);
        model.addAttribute("bookId", id);
        model.addAttribute("errors", errors);
        model.addAttribute("problem", problem);
        return "book-form";
    }
}
