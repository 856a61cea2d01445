package org.shelfwise.circulation.fines;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.shelfwise.platform.security.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/** A patron's fines and balance; the desk records payments and waivers. */
@Tag(name = "Fines")
@RestController
class FineController {

    private final FineDesk desk;
    private final Fines fines;

    FineController(FineDesk desk, Fines fines) {
        this.desk = desk;
        this.fines = fines;
    }

    /** How a fine is settled. */
    enum Kind { PAYMENT, WAIVER }

    /** A payment, or a waiver with its reason. */
    record Settlement(@NotNull Kind kind, @NotNull @DecimalMin("0.01") @Digits(integer = 8, fraction = 2) BigDecimal amount,
                      @Size(max = 500) String reason) {

        @AssertTrue(message = "a waiver needs a reason")
        boolean isReasonGivenForWaiver() {
            return kind != Kind.WAIVER || (reason != null && !reason.isBlank());
        }
    }

    /** A patron's fines and what they owe in all. */
    record Account(List<Fine> fines, BigDecimal balance) {
    }

    @Operation(summary = "A patron's fines, newest first, and their balance (LIBRARIAN, or that patron)")
    @GetMapping("/api/fines")
    Account ofPatron(@RequestParam UUID patronId, Authentication caller) {
        CurrentUser.of(caller).checkMayActFor(patronId);
        return new Account(fines.ofPatron(patronId), desk.balance(patronId));
    }

    @Operation(summary = "Record a full or partial payment, or a waiver with its reason (LIBRARIAN)")
    @PostMapping("/api/fines/{id}/settlements")
    Fine settle(@PathVariable UUID id, @Valid @RequestBody Settlement settlement) {
        return desk.settle(id, settlement);
    }
}
