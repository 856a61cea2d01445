package org.shelfwise.patrons.patrons;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.shelfwise.platform.web.Revision;
import org.shelfwise.platform.problems.NotFound;
import org.shelfwise.platform.security.CurrentUser;
import org.shelfwise.platform.web.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Patrons: registration, the desk's look-ups, and blocks. */
@Tag(name = "Patrons", description = "Patrons and their library cards")
@RestController
@RequestMapping("/api/patrons")
class PatronController {

    private final PatronRegistration registration;
    private final Patrons patrons;
    private final Clock clock;

    PatronController(PatronRegistration registration, Patrons patrons, Clock clock) {
        this.registration = registration;
        this.patrons = patrons;
        this.clock = clock;
    }

    /** Why a librarian blocks a patron. */
    record Block(@NotBlank @Size(max = 500) String reason) {
    }

    @Operation(summary = "Register a patron and issue a library card (LIBRARIAN)")
    @PostMapping
    ResponseEntity<PatronResponse> register(@Valid @RequestBody RegisterPatronRequest request) {
        var patron = registration.register(request);
        // relative, so that it stays right behind the gateway
        return ResponseEntity.created(URI.create("/api/patrons/" + patron.id())).body(view(patron));
    }

    @Operation(summary = "One patron with its ETag (LIBRARIAN, or that patron: another patron's id is 403)")
    @GetMapping("/{id}")
    ResponseEntity<PatronResponse> patron(@PathVariable UUID id, Authentication caller) {
        CurrentUser.of(caller).checkMayActFor(id);
        var patron = patrons.find(new PatronId(id)).orElseThrow(() -> new NotFound("Patron", id));
        return Revision.currentPrivate(patron.version()).body(view(patron));
    }

    @Operation(summary = "The signed-in patron's own record (PATRON)")
    @GetMapping("/me")
    PatronResponse me(Authentication caller) {
        var id = CurrentUser.of(caller).patronId()
                .orElseThrow(() -> new NotFound("Patron", "account", CurrentUser.of(caller).subject()));
        return patrons.find(new PatronId(id)).map(this::view).orElseThrow(() -> new NotFound("Patron", id));
    }

    @Operation(summary = "Patrons, newest first; with q, those whose card barcode or email is q or whose name contains it (LIBRARIAN)")
    @GetMapping
    PageResponse<PatronResponse> patrons(@RequestParam(defaultValue = "0") @Min(0) int page,
                                         @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
                                         @RequestParam(required = false) @Size(max = 254) String q,
                                         @RequestParam(required = false) @Size(max = 32) String barcode) {
        var query = Optional.ofNullable(q != null ? q : barcode).map(String::strip).filter(t -> !t.isEmpty());
        var content = patrons.newestFirst(query, (long) page * size, size).stream().map(this::view).toList();
        return PageResponse.of(content, page, size, patrons.count(query));
    }

    @Operation(summary = "Block a patron from borrowing, with the reason (LIBRARIAN)")
    @PutMapping("/{id}/block")
    PatronResponse block(@PathVariable UUID id, @Valid @RequestBody Block block) {
        return view(registration.block(new PatronId(id), block.reason().strip()));
    }

    @Operation(summary = "Lift a patron's block (LIBRARIAN)")
    @DeleteMapping("/{id}/block")
    PatronResponse unblock(@PathVariable UUID id) {
        return view(registration.unblock(new PatronId(id)));
    }

    private PatronResponse view(Patron patron) {
        return PatronResponse.of(patron, LocalDate.now(clock));
    }
}
