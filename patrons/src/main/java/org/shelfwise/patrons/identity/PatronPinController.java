package org.shelfwise.patrons.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.UUID;

/** Staff check a patron's password (a kiosk's PIN) by card barcode; the patron is not signed in. */
@Tag(name = "Authentication")
@RestController
class PatronPinController {

    private final PatronPins pins;

    PatronPinController(PatronPins pins) {
        this.pins = pins;
    }

    /** A card barcode and the password its patron gave. */
    record PinCheck(@NotBlank @Size(max = 254) String cardBarcode, @NotBlank @Size(max = 128) String password) {
    }

    /** The password is the patron's. */
    record PinChecked(UUID patronId) {
    }

    @Operation(summary = "Check a patron's password without signing them in (LIBRARIAN); throttled like sign-in: "
            + "401 when wrong or unknown, 423 when locked out")
    @PostMapping("/api/patrons/password-check")
    PinChecked check(@Valid @RequestBody PinCheck request, HttpServletRequest http) throws InterruptedException {
        var outcome = pins.check(request.cardBarcode(), request.password(), http.getRemoteAddr());
        if (outcome.refusal() != null) {
            // after the transaction, as for a sign-in: a slowed-down check holds no lock or connection while it waits
            Thread.sleep(outcome.delay());
            throw outcome.refusal();
        }
        return new PinChecked(outcome.patronId());
    }
}
