package org.shelfwise.patrons.patrons;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class PatronTest {

    private final Clock clock = Clock.fixed(Instant.parse("2025-03-01T10:15:30.123456789Z"), ZoneOffset.UTC);

    @Test
    void aNewPatronIsActiveWithALowerCaseEmailAndTheClocksTimeToTheMicrosecond() {
        var patron = Patron.register(CardBarcode.issue("1234", 7), "Ada Lovelace", "Ada@Example.ORG", clock);

        assertThat(patron.status()).isEqualTo(PatronStatus.ACTIVE);
        assertThat(patron.email()).isEqualTo("ada@example.org");
        assertThat(patron.createdAt()).isEqualTo(Instant.parse("2025-03-01T10:15:30.123456Z"));
    }

    @Test
    void itsRegistrationEventCarriesWhatCirculationNeeds() {
        var patron = Patron.register(CardBarcode.issue("1234", 7), "Ada Lovelace", "ada@example.org", clock);

        assertThat(patron.registered()).isEqualTo(new PatronRegistered(patron.id().value(),
                patron.barcode().value(), "Ada Lovelace", "ada@example.org", PatronStatus.ACTIVE));
    }
}
