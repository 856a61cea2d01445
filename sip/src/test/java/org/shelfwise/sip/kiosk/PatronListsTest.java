package org.shelfwise.sip.kiosk;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The item lists of patron information (63/64), read from the patron summary and fines as the API answers them. */
class PatronListsTest {

    final JsonMapper json = JsonMapper.builder().build();

    @Test
    void listsChargedOverdueReadyAndWaitingItemsAndWhatIsOwedOnEachFine() {
        var summary = json.readTree("""
                {"loans": [{"itemBarcode": "A1", "dueDate": "2025-01-09"}, {"itemBarcode": "A2", "dueDate": "2025-01-10"}],
                 "holds": [{"status": "READY", "itemBarcode": "H1", "book": {"title": "Ready one"}},
                           {"status": "WAITING", "itemBarcode": null, "book": {"title": "Waiting one"}}]}""");
        var fines = json.readTree("""
                {"fines": [{"id": "f2", "amount": 2.00, "paid": 0.50, "waived": 0},
                           {"id": "f1", "amount": 1.00, "paid": 1.00, "waived": 0}],
                 "balance": 1.50}""");

        var lists = PatronDesk.PatronLists.of(summary, fines, LocalDate.parse("2025-01-10"));

        assertThat(lists.charged()).containsExactly("A1", "A2");
        // due today is not overdue yet
        assertThat(lists.overdue()).containsExactly("A1");
        assertThat(lists.ready()).containsExactly("H1");
        assertThat(lists.waiting()).containsExactly("Waiting one");
        // a fine paid in full is owed no more
        assertThat(lists.fines()).containsExactly("f2 1.50");
        assertThat(lists.balance()).isEqualByComparingTo(new BigDecimal("1.50"));
    }

    @Test
    void readsNothingOwedWhenTheAccountIsEmpty() {
        var lists = PatronDesk.PatronLists.of(json.readTree("{\"loans\": [], \"holds\": []}"),
                json.readTree("{\"fines\": [], \"balance\": 0}"), LocalDate.parse("2025-01-10"));
        assertThat(lists.charged()).isEmpty();
        assertThat(lists.fines()).isEmpty();
        assertThat(lists.balance()).isZero();
    }
}
