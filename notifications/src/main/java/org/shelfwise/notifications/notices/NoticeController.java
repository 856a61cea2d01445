package org.shelfwise.notifications.notices;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.shelfwise.platform.problems.Conflict;
import org.shelfwise.platform.problems.FieldProblem;
import org.shelfwise.platform.problems.InvalidInput;
import org.shelfwise.platform.problems.NotFound;
import org.shelfwise.platform.security.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The delivery log: a patron's notices (staff see anyone's, a patron their own), a resend by the staff, and the
 * notices owed on paper to patrons without an email address.
 */
@Tag(name = "Notices")
@RestController
class NoticeController {

    private final Notices notices;
    private final Clock clock;

    NoticeController(Notices notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Operation(summary = "A patron's notices, newest first: what was sent, when, to where, or why not "
            + "(LIBRARIAN, or that patron, who may leave patronId out)")
    @GetMapping("/api/notices")
    List<Notices.Notice> ofPatron(@RequestParam(required = false) UUID patronId,
                                  @RequestParam(defaultValue = "50") @Min(1) @Max(200) int size,
                                  @RequestParam(defaultValue = "0") @Min(0) @Max(10000) int page,
                                  Authentication caller) {
        var user = CurrentUser.of(caller);
        UUID patron = patronId != null ? patronId : user.patronId().orElseThrow(() -> new InvalidInput(
                new FieldProblem("patronId", "NotNull", "Say whose notices: patronId.")));
        user.checkMayActFor(patron);
        return notices.ofPatron(patron, size, page * size);
    }

    @Operation(summary = "The kinds of notice there are, and whether each comes by email until a patron chooses (public)")
    @GetMapping("/api/notice-kinds")
    List<KindView> kinds() {
        return java.util.Arrays.stream(NoticeKind.values()).filter(NoticeKind::choosable)
                .map(kind -> new KindView(kind, kind.byDefault())).toList();
    }

    /** A kind of notice. */
    record KindView(NoticeKind kind, boolean byDefault) {
    }

    @Operation(summary = "Send a notice again, checked against the current state and rendered afresh (LIBRARIAN)")
    @PostMapping("/api/notices/{id}/resend")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Notices.Notice resend(@PathVariable UUID id) {
        var original = notices.find(id).orElseThrow(() -> new NotFound("Notice", id));
        if (original.kind() == NoticeKind.DIGEST) {
            // its notices were checked when it went; owed again, each is checked and sent afresh
            throw new Conflict("digest-not-resent", "A digest is not sent again",
                    "Resend the notices it carried, each on its own (their ids are in the delivery log).");
        }
        return notices.resend(original);
    }

    @Operation(summary = "The notices owed on paper to patrons without an email address, oldest first (LIBRARIAN)")
    @GetMapping("/api/notices/print-list")
    List<Notices.Notice> printList(@RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate since,
                                   @RequestParam(defaultValue = "200") @Min(1) @Max(1000) int size) {
        return notices.toPrint(since != null ? since : LocalDate.now(clock).minusDays(7), size);
    }
}
