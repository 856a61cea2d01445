package org.shelfwise.web.opac;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.Branches;
import org.shelfwise.web.catalogue.Copy;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A record's public page, at its permanent address {@code /records/{id}}: the full description, each copy with its
 * branch, shelf mark and status, schema.org microdata (the work, and an Offer per copy), and the way to a hold.
 */
@Controller
class RecordController {

    private final Api api;
    private final Availability availability;
    private final Branches branches;

    RecordController(Api api, Availability availability, Branches branches) {
        this.api = api;
        this.availability = availability;
        this.branches = branches;
    }

    @GetMapping("/records/{id}")
    String record(@PathVariable UUID id, Model model) {
        model.addAttribute("book", api.get(null, Record.class, "/api/books/{id}", id));
        var copies = List.of(api.get(null, Copy[].class, "/api/books/{id}/copies", id));
        var branchNames = Availability.namesBranches(copies) ? branches.names(null) : Map.<String, String>of();
        model.addAttribute("copies", copies);
        model.addAttribute("branchNames", branchNames);
        model.addAttribute("availability", availability.of(copies, branchNames));
        // the public address, as the browser reached it through the gateway (X-Forwarded-* and the host kept)
        model.addAttribute("permalink", ServletUriComponentsBuilder.fromCurrentContextPath().path("/records/{id}")
                .buildAndExpand(id).toUriString());
        return "opac/record";
    }
}
