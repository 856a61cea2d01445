package org.shelfwise.events.circulation;

import java.time.LocalDate;
import java.util.UUID;

/**
 * The hold was cancelled.
 *
 * @param pickupBranch the branch the patron chose to collect the copy at; null when they chose none (the copy is
 *                     then kept where it comes back)
 * @param cancelledBy  who cancelled it: {@link #BY_PATRON} (the patron themself), {@link #BY_STAFF} (the library's
 *                     staff) or {@link #BY_SYSTEM} (the library's own rules); null in events written before it was
 *                     kept (added in version 1, so older consumers pass over it), read as not known
 */
public record HoldCancelled(UUID holdId, UUID bookId, UUID patronId, String patronBarcode, String status, UUID copyId,
                 String itemBarcode, LocalDate pickupBy, String pickupBranch, String cancelledBy) implements HoldEvent {

    public static final String BY_PATRON = "PATRON";
    public static final String BY_STAFF = "STAFF";
    public static final String BY_SYSTEM = "SYSTEM";

    /** Whether the patron cancelled it themself (and so needs no notice telling them); false when not known. */
    public boolean byPatron() {
        return BY_PATRON.equals(cancelledBy);
    }
}
