package org.shelfwise.circulation.loans;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.shelfwise.platform.input.SingleLine;

/** What the desk sends to lend and take back copies. */
final class DeskRequests {

    private DeskRequests() {
    }

    /** Lend the copy with this barcode to the patron with this card. */
    record CheckOut(@NotBlank @SingleLine @Size(max = 32) String itemBarcode,
                    @NotBlank @SingleLine @Size(max = 32) String patronBarcode,
                    @Valid Override override) {
    }

    /** A renewal, optionally overriding a refusal. */
    record Renewal(@Valid Override override) {
    }

    /**
     * A librarian lending despite a refusal that may be overridden (a block, an expired card, a limit, fines, others
     * waiting), with the reason, which is recorded with the loan.
     */
    record Override(@NotBlank @Size(max = 500) String reason) {
    }

    /**
     * Take back the copy with this barcode, at the desk's {@code branch} (the code of one of the library's branches;
     * when left out, the copy is taken to be back at its own branch).
     */
    record CheckIn(@NotBlank @SingleLine @Size(max = 32) String itemBarcode, @SingleLine @Size(max = 32) String branch) {
    }
}
