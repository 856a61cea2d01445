package org.shelfwise.circulation.loans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.shelfwise.platform.problems.DomainProblem;
import org.shelfwise.platform.problems.NotFound;
import org.shelfwise.platform.security.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.shelfwise.platform.web.PageResponse;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.UUID;

/** The desk's endpoints: check-out, check-in, and reading loans. */
@RestController
class LoanController {

    private final Desk desk;
    private final Loans loans;

    LoanController(Desk desk, Loans loans) {
        this.desk = desk;
        this.loans = loans;
    }

    @PostMapping("/api/checkouts")
    ResponseEntity<Loan> checkOut(@Valid @RequestBody DeskRequests.CheckOut request, Authentication caller) {
        var loan = desk.checkOut(request, request.override() == null ? null : librarian(CurrentUser.of(caller)));
        return ResponseEntity.created(URI.create("/api/loans/" + loan.id())).body(loan);
    }

    @PostMapping("/api/checkins")
    CheckedIn checkIn(@Valid @RequestBody DeskRequests.CheckIn request) {
        return desk.checkIn(request);
    }

    /** Staff renew any loan and may override a refusal; a patron renews their own loans, within the rules. */
    @PostMapping("/api/loans/{id}/renewal")
    Loan renew(@PathVariable UUID id, @Valid @RequestBody(required = false) DeskRequests.Renewal request,
               Authentication caller) {
        var user = CurrentUser.of(caller);
        // a loan never changes hands, so whose it is may be read before the desk locks it
        user.checkMayActFor(loans.find(id).orElseThrow(() -> new NotFound("Loan", id)).patronId());
        var override = request == null ? null : request.override();
        return desk.renew(id, override, override == null ? null : librarian(user));
    }

    /** Only staff may override a refusal; answers who they are, for the record. */
    private static String librarian(CurrentUser user) {
        if (!user.isStaff()) {
            throw new OverrideRefused("Only library staff may override a refusal.");
        }
        return user.subject();
    }

    /** An override asked for by someone who may not give one. */
    static final class OverrideRefused extends DomainProblem {
        OverrideRefused(String detail) {
            super(HttpStatus.FORBIDDEN, "forbidden", "Override not allowed", detail, java.util.List.of(
                    new org.shelfwise.platform.problems.FieldProblem("override", "staff-only", detail)));
        }
    }

    @GetMapping("/api/loans/{id}")
    Loan get(@PathVariable UUID id, Authentication caller) {
        var loan = loans.find(id).orElseThrow(() -> new NotFound("Loan", id));
        CurrentUser.of(caller).checkMayActFor(loan.patronId());
        return loan;
    }

    @GetMapping("/api/loans")
    PageResponse<Loan> ofPatron(@RequestParam UUID patronId,
                                @RequestParam(defaultValue = "false") boolean open,
                                @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size,
                                Authentication caller) {
        CurrentUser.of(caller).checkMayActFor(patronId);
        return PageResponse.of(loans.ofPatron(patronId, open, page, size), page, size,
                loans.countOfPatron(patronId, open));
    }
}
