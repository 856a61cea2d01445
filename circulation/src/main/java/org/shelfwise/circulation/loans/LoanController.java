package org.shelfwise.circulation.loans;

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
    ResponseEntity<Loan> checkOut(@Valid @RequestBody DeskRequests.CheckOut request) {
        var loan = desk.checkOut(request);
        return ResponseEntity.created(URI.create("/api/loans/" + loan.id())).body(loan);
    }

    @PostMapping("/api/checkins")
    Loan checkIn(@Valid @RequestBody DeskRequests.CheckIn request) {
        return desk.checkIn(request);
    }

    @PostMapping("/api/loans/{id}/renewal")
    Loan renew(@PathVariable UUID id) {
        return desk.renew(id);
    }

    @GetMapping("/api/loans/{id}")
    Loan get(@PathVariable UUID id) {
        return loans.find(id).orElseThrow(() -> new NotFound("Loan", id));
    }

    @GetMapping("/api/loans")
    PageResponse<Loan> ofPatron(@RequestParam UUID patronId,
                                @RequestParam(defaultValue = "false") boolean open,
                                @RequestParam(defaultValue = "0") @Min(0) @Max(100_000) int page,
                                @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(loans.ofPatron(patronId, open, page, size), page, size,
                loans.countOfPatron(patronId, open));
    }
}
