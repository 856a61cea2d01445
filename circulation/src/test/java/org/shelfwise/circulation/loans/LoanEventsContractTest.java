package org.shelfwise.circulation.loans;

import org.junit.jupiter.api.Test;
import org.shelfwise.circulation.policies.LoanPolicy;
import org.shelfwise.events.circulation.ItemCheckedIn;
import org.shelfwise.events.circulation.ItemCheckedOut;
import org.shelfwise.events.circulation.ItemRenewed;
import org.shelfwise.platform.events.EventSamples;
import org.shelfwise.platform.events.PublishedEvent;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Circulation's side of its loan events' contract: each loan event is published as circulation-events' record of
 * that name, in the shape of its golden sample ({@code ItemOverdue} is circulation-events' record itself).
 */
class LoanEventsContractTest {

    final JsonMapper json = JsonMapper.builder().build();
    final Loan loan = new Loan(UUID.randomUUID(), UUID.randomUUID(), "C-000123", UUID.randomUUID(), "The Dispossessed",
            UUID.randomUUID(), "P-000042", Instant.parse("2026-03-02T10:15:30Z"), LocalDate.of(2026, 3, 23),
            Instant.parse("2026-03-20T16:02:11Z"), 1, "standard");

    final LoanPolicy policy = new LoanPolicy("standard", "Standard", 21, 2, 5, 3, new BigDecimal("0.20"), 0,
            new BigDecimal("5.00"), 7, 2, List.of(3, 10));

    @Test
    void aLoanLentOrRenewedCarriesItsPolicysNoticeSettingsAndNoneWithoutAPolicy() {
        var lent = (ItemCheckedOut) LoanAnnouncements.published(new LoanEvent.Lent(loan), policy);
        assertThat(lent.dueSoonDays()).isEqualTo(2);
        assertThat(lent.overdueNoticeDays()).containsExactly(3, 10);
        var renewed = (ItemRenewed) LoanAnnouncements.published(new LoanEvent.Renewed(loan), policy);
        assertThat(renewed.overdueNoticeDays()).containsExactly(3, 10);
        var unknown = (ItemCheckedOut) LoanAnnouncements.published(new LoanEvent.Lent(loan), null);
        assertThat(unknown.dueSoonDays()).isNull();
        assertThat(unknown.overdueNoticeDays()).isNull();
    }

    @Test
    void publishesEachLoanEventAsTheRecordOfItsNameInTheShapeOfItsSample() {
        assertPublishedAs(new LoanEvent.Lent(loan), ItemCheckedOut.class);
        assertPublishedAs(new LoanEvent.Renewed(loan), ItemRenewed.class);
        assertPublishedAs(new LoanEvent.Returned(loan), ItemCheckedIn.class);
    }

    private void assertPublishedAs(LoanEvent event, Class<? extends PublishedEvent> type) {
        var record = LoanAnnouncements.published(event, policy);
        assertThat(record).isInstanceOf(type);
        EventSamples.assertSameShape(EventSamples.of(type), json.valueToTree(record));
    }
}
