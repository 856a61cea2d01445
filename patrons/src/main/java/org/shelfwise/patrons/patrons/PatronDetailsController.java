package org.shelfwise.patrons.patrons;

import org.shelfwise.platform.web.Revision;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

/** A patron's record at the desk: edit the details (If-Match required) and renew the library card. */
@Tag(name = "Patrons")
@RestController
@RequestMapping("/api/patrons")
class PatronDetailsController {

    private final PatronEdits edits;
    private final Clock clock;

    PatronDetailsController(PatronEdits edits, Clock clock) {
        this.edits = edits;
        this.clock = clock;
    }

    @Operation(summary = "Replace a patron's details, given the ETag read in If-Match: 428 without it, 412 when stale (LIBRARIAN)")
    @PutMapping("/{id}")
    ResponseEntity<PatronResponse> edit(@PathVariable UUID id,
                                        @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
                                        @Valid @RequestBody EditPatronRequest request) {
        var revision = Revision.required(ifMatch);
        return answer(edits.edit(new PatronId(id), revision, request));
    }

    @Operation(summary = "Renew a patron's card for the category's card period, from its expiry or, once expired, from today (LIBRARIAN)")
    @PostMapping("/{id}/card-renewal")
    ResponseEntity<PatronResponse> renewCard(@PathVariable UUID id) {
        return answer(edits.renewCard(new PatronId(id)));
    }

    private ResponseEntity<PatronResponse> answer(Patron patron) {
        return Revision.currentPrivate(patron.version()).body(PatronResponse.of(patron, LocalDate.now(clock)));
    }
}
