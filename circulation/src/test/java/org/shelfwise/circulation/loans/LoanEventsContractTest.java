package org.shelfwise.circulation.loans;

import org.junit.jupiter.api.Test;
import org.shelfwise.events.circulation.ItemCheckedIn;
import org.shelfwise.events.circulation.ItemCheckedOut;
import org.shelfwise.events.circulation.ItemOverdue;
import org.shelfwise.events.circulation.ItemRenewed;
import org.shelfwise.platform.events.EventSamples;
import tools.jackson.databind.json.JsonMapper;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Circulation's side of its loan events' contract: what it publishes about a loan has the shape of
 * circulation-events' golden samples. {@code ItemOverdue} is the loan itself, so a change to {@link Loan} that
 * would change the event fails here.
 */
class LoanEventsContractTest {

    final JsonMapper json = JsonMapper.builder().build();
    final Loan loan = new Loan(UUID.randomUUID(), UUID.randomUUID(), "C-000123", UUID.randomUUID(), "The Dispossessed",
            UUID.randomUUID(), "P-000042", Instant.parse("2026-03-02T10:15:30Z"), LocalDate.of(2026, 3, 23),
            Instant.parse("2026-03-20T16:02:11Z"), 1, "standard");

    @Test
    void writesEachLoanEventInTheShapeOfItsSample() {
        EventSamples.assertSameShape(EventSamples.of(ItemCheckedOut.class),
                json.valueToTree(LoanEvents.ItemCheckedOut.of(loan)));
        EventSamples.assertSameShape(EventSamples.of(ItemRenewed.class), json.valueToTree(LoanEvents.ItemRenewed.of(loan)));
        EventSamples.assertSameShape(EventSamples.of(ItemCheckedIn.class),
                json.valueToTree(LoanEvents.ItemCheckedIn.of(loan)));
        EventSamples.assertSameShape(EventSamples.of(ItemOverdue.class), json.valueToTree(loan));
    }

    @Test
    void eachLoanEventTravelsUnderItsOwnName() {
        assertThat(LoanEvents.ItemCheckedOut.of(loan).type()).isEqualTo("ItemCheckedOut");
        assertThat(LoanEvents.ItemRenewed.of(loan).type()).isEqualTo("ItemRenewed");
        assertThat(LoanEvents.ItemCheckedIn.of(loan).type()).isEqualTo("ItemCheckedIn");
    }
}
