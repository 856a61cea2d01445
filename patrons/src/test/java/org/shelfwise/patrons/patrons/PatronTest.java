package org.shelfwise.patrons.patrons;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class PatronTest {

    private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:15:30.123456789Z"), ZoneOffset.UTC);
    private final Patron.Contact noContact = new Patron.Contact(null, null, null);

    private Patron register(String email) {
        return Patron.register(CardBarcode.issue("1234", 7), "Ada Lovelace", email, noContact, "adult", 36, clock);
    }

    @Test
    void aNewPatronIsActiveWithALowerCaseEmailAndTheClocksTimeToTheMicrosecond() {
        var patron = register("Ada@Example.ORG");

        assertThat(patron.status(LocalDate.of(2025, 3, 1))).isEqualTo(PatronStatus.ACTIVE);
        assertThat(patron.email()).isEqualTo("ada@example.org");
        assertThat(patron.createdAt()).isEqualTo(Instant.parse("2025-03-01T10:15:30.123456Z"));
    }

    @Test
    void aCardIsValidForTheCategorysMonthsAndThenExpires() {
        var patron = register("ada@example.org");

        assertThat(patron.cardExpiresOn()).isEqualTo(LocalDate.of(2028, 3, 1));
        assertThat(patron.status(LocalDate.of(2028, 3, 1))).isEqualTo(PatronStatus.ACTIVE);
        assertThat(patron.status(LocalDate.of(2028, 3, 2))).isEqualTo(PatronStatus.EXPIRED);
    }

    @Test
    void aValidCardIsRenewedFromItsExpirySoRenewingEarlyLosesNoDays() {
        var patron = register("ada@example.org");

        assertThat(patron.renewCard(12, LocalDate.of(2027, 1, 10)).cardExpiresOn()).isEqualTo(LocalDate.of(2029, 3, 1));
        assertThat(patron.renewCard(12, LocalDate.of(2028, 3, 1)).cardExpiresOn()).isEqualTo(LocalDate.of(2029, 3, 1));
    }

    @Test
    void anExpiredCardIsRenewedFromToday() {
        var patron = register("ada@example.org");

        assertThat(patron.renewCard(12, LocalDate.of(2030, 6, 15)).cardExpiresOn()).isEqualTo(LocalDate.of(2031, 6, 15));
    }

    @Test
    void newDetailsKeepTheCardAndStandingAndEachStoredChangeMovesTheVersionOn() {
        var patron = register("ada@example.org").block("lost card");

        var edited = patron.withDetails("Ada King", "Ada@King.ORG", noContact, "student").nextVersion();

        assertThat(edited.email()).isEqualTo("ada@king.org");
        assertThat(edited.barcode()).isEqualTo(patron.barcode());
        assertThat(edited.blockedReason()).isEqualTo("lost card");
        assertThat(edited.cardExpiresOn()).isEqualTo(patron.cardExpiresOn());
        assertThat(edited.version()).isEqualTo(patron.version() + 1);
    }

    @Test
    void aBlockOutranksEverythingAndKeepsItsReasonUntilLifted() {
        var blocked = register("ada@example.org").block("Lost three books");

        assertThat(blocked.status(LocalDate.of(2025, 3, 1))).isEqualTo(PatronStatus.BLOCKED);
        assertThat(blocked.blockedReason()).isEqualTo("Lost three books");
        assertThat(blocked.unblock().status(LocalDate.of(2025, 3, 1))).isEqualTo(PatronStatus.ACTIVE);
    }

    @Test
    void itsEventCarriesWhatCirculationNeeds() {
        var patron = register("ada@example.org");

        assertThat(patron.changed()).isEqualTo(new PatronChanged(patron.id().value(), patron.barcode().value(),
                "Ada Lovelace", "ada@example.org", "adult", LocalDate.of(2028, 3, 1), "ACTIVE", null));
        assertThat(patron.block("Unpaid fines").changed().status()).isEqualTo("BLOCKED");
    }
}
