package org.shelfwise.circulation.loans;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What the desk sends to lend and take back copies. */
final class DeskRequests {

    private DeskRequests() {
    }

    /** Lend the copy with this barcode to the patron with this card. */
    record CheckOut(@NotBlank @Size(max = 32) String itemBarcode, @NotBlank @Size(max = 32) String patronBarcode) {
    }

    /** Take back the copy with this barcode. */
    record CheckIn(@NotBlank @Size(max = 32) String itemBarcode) {
    }
}
