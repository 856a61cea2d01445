package org.shelfwise.patrons.patrons;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.shelfwise.platform.problems.NotFound;
import org.shelfwise.platform.web.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Optional;
import java.util.UUID;

@Tag(name = "Patrons", description = "Patrons and their library cards")
@RestController
@RequestMapping("/api/patrons")
class PatronController {

    private final PatronRegistration registration;
    private final Patrons patrons;

    PatronController(PatronRegistration registration, Patrons patrons) {
        this.registration = registration;
        this.patrons = patrons;
    }

    @Operation(summary = "Register a patron and issue a library card")
    @PostMapping
    ResponseEntity<PatronResponse> register(@Valid @RequestBody RegisterPatronRequest request) {
        var patron = registration.register(request.name(), request.email(), request.password());
        // relative, so that it stays right behind the gateway
        return ResponseEntity.created(URI.create("/api/patrons/" + patron.id()))
                .body(PatronResponse.of(patron));
    }

    @Operation(summary = "One patron")
    @GetMapping("/{id}")
    PatronResponse patron(@PathVariable UUID id) {
        return patrons.find(new PatronId(id)).map(PatronResponse::of)
                .orElseThrow(() -> new NotFound("Patron", id));
    }

    @Operation(summary = "Patrons, newest first; with barcode, the patron holding that card")
    @GetMapping
    PageResponse<PatronResponse> patrons(@RequestParam(defaultValue = "0") @Min(0) int page,
                                         @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
                                         @RequestParam(required = false) String barcode) {
        var card = Optional.ofNullable(barcode).map(String::strip).filter(b -> !b.isEmpty());
        var content = patrons.newestFirst(card, (long) page * size, size).stream().map(PatronResponse::of).toList();
        return PageResponse.of(content, page, size, patrons.count(card));
    }
}
