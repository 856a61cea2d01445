package org.shelfwise.web.checkout;

import java.time.LocalDate;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;

import static org.assertj.core.api.Assertions.assertThat;

class VisitTest {

    private final MockHttpSession session = new MockHttpSession();
    private final UUID patron = UUID.randomUUID();

    @Test
    void showsAFormSentTwiceAsOneScan() {
        var visit = Visit.of(session, patron, "21234000000017");
        visit.record(session, Scan.lent("key-1", "C1", "Emma", LocalDate.of(2026, 12, 30), null));
        visit.record(session, Scan.lent("key-1", "C1", "Emma", LocalDate.of(2026, 12, 30), null));

        assertThat(Visit.of(session, patron, "21234000000017").scans()).hasSize(1);
    }

    @Test
    void putsOnTheReceiptOnlyWhatWasLentInTheOrderItWasScanned() {
        var visit = Visit.of(session, patron, "21234000000017");
        visit.record(session, Scan.lent("k1", "C1", "Emma", LocalDate.of(2026, 12, 30), null));
        visit.record(session, Scan.refused("k2", "C2", "Copy C2 is already on loan.", false));
        visit.record(session, Scan.refused("k3", "C3", "The patron has 1 loan, as many as allowed.", true));
        visit.record(session, Scan.lent("k4", "C3", "Persuasion", LocalDate.of(2026, 12, 30), "visiting researcher"));

        assertThat(visit.lent()).extracting(Scan::itemBarcode).containsExactly("C1", "C3");
        assertThat(visit.scans()).extracting(Scan::key).containsExactly("k4", "k3", "k2", "k1");
        assertThat(visit.scans().get(1).overridable()).as("lent now: no override offered any more").isFalse();
    }

    @Test
    void startsAFreshVisitForTheNextPatron() {
        Visit.of(session, patron, "21234000000017").record(session, Scan.lent("k1", "C1", "Emma", LocalDate.now(), null));

        assertThat(Visit.of(session, UUID.randomUUID(), "21234000000025").scans()).isEmpty();
        assertThat(Visit.current(session, patron)).isEmpty();
    }
}
