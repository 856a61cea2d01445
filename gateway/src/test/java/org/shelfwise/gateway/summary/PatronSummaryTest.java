package org.shelfwise.gateway.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PatronSummaryTest {

    static final String BOOK_ID = "0d6b7c3e-2f41-4a8e-bb1c-6c1de0a4f7a2";

    final JsonMapper json = JsonMapper.shared();
    final JsonNode patron = json.readTree("{\"id\":\"5f0c8a52-6a3e-4c47-9d0b-3f1f5d2f8e11\",\"name\":\"Ada\"}");
    final Optional<CatalogBooks> books = Optional.of(new CatalogBooks(json.readTree("""
            [{"id":"%s","title":"Emma","authors":["Jane Austen"],"isbn":"9780141439587","availableCopies":1,
              "copies":[{"barcode":"C1","shelfMark":"823 AUS","location":"Main","status":"ON_LOAN"},
                        {"barcode":"C2","shelfMark":"823 AUS","location":"Branch","status":"AVAILABLE"}]}]"""
            .formatted(BOOK_ID))));

    JsonNode loans() {
        return json.readTree("[{\"title\":\"Emma\",\"bookId\":\"" + BOOK_ID + "\",\"itemBarcode\":\"C1\"}]");
    }

    JsonNode holds() {
        return json.readTree("[{\"bookId\":\"" + BOOK_ID + "\",\"status\":\"WAITING\",\"itemBarcode\":null}]");
    }

    @Test
    void namesNoPartUnavailableWhenAllAnswered() {
        var summary = PatronSummary.assemble(Optional.of(patron), Optional.of(loans()), Optional.of(holds()), books);

        assertThat(summary.patron()).isEqualTo(patron);
        assertThat(summary.loans().get(0).get("title").asString()).isEqualTo("Emma");
        assertThat(summary.holds()).hasSize(1);
        assertThat(summary.unavailable()).isEmpty();
    }

    @Test
    void namesEachPartThatDidNotAnswer() {
        assertThat(PatronSummary.assemble(Optional.of(patron), Optional.empty(), Optional.of(holds()), books)
                .unavailable()).containsExactly("loans");
        assertThat(PatronSummary.assemble(Optional.empty(), Optional.of(loans()), Optional.empty(), books)
                .unavailable()).containsExactly("patron", "holds");
        assertThat(PatronSummary.assemble(Optional.of(patron), Optional.of(loans()), Optional.of(holds()),
                Optional.empty()).unavailable()).containsExactly("books");
    }

    @Test
    void isNoSummaryWhenNeitherThePatronNorCirculationAnswered() {
        assertThatThrownBy(() -> PatronSummary.assemble(Optional.empty(), Optional.empty(), Optional.empty(), books))
                .isInstanceOf(SummaryUnavailableException.class);
    }

    @Test
    void completesALoanWithItsBookAndWhereItsCopyIsShelved() {
        var loan = PatronSummary.assemble(Optional.of(patron), Optional.of(loans()), Optional.of(holds()), books)
                .loans().get(0);

        assertThat(loan.get("book").get("authors").get(0).asString()).isEqualTo("Jane Austen");
        assertThat(loan.get("book").get("copies").asInt()).isEqualTo(2);
        assertThat(loan.get("book").get("availableCopies").asInt()).isEqualTo(1);
        assertThat(loan.get("book").has("subtitle")).isTrue();
        assertThat(loan.get("copy").get("shelfMark").asString()).isEqualTo("823 AUS");
        assertThat(loan.get("copy").get("location").asString()).isEqualTo("Main");
    }

    @Test
    void leavesBookAndCopyNullWhenTheCatalogueDidNotAnswerOrHasNoSuchBook() {
        var withoutCatalogue = PatronSummary.assemble(Optional.of(patron), Optional.of(loans()), Optional.of(holds()),
                Optional.empty());
        var bookGone = PatronSummary.assemble(Optional.of(patron), Optional.of(loans()), Optional.of(holds()),
                Optional.of(new CatalogBooks(List.of())));

        for (var summary : List.of(withoutCatalogue, bookGone)) {
            assertThat(summary.loans().get(0).get("book").isNull()).isTrue();
            assertThat(summary.loans().get(0).get("copy").isNull()).isTrue();
            assertThat(summary.holds().get(0).get("book").isNull()).isTrue();
        }
    }

    @Test
    void keepsOnlyHoldsStillToBeFulfilled() {
        var holds = json.readTree("""
                [{"status":"READY"},{"status":"WAITING"},{"status":"FULFILLED"},{"status":"CANCELLED"},
                 {"status":"EXPIRED"}]""");

        assertThat(PatronSummary.active(holds)).extracting(hold -> hold.get("status").asString())
                .containsExactly("READY", "WAITING");
    }

    @Test
    void writesAnUnavailablePartAsNull() {
        var written = json.readTree(json.writeValueAsString(
                PatronSummary.assemble(Optional.of(patron), Optional.empty(), Optional.empty(), Optional.empty())));

        assertThat(written.get("loans").isNull()).isTrue();
        assertThat(written.get("holds").isNull()).isTrue();
        assertThat(written.get("patron").get("name").asString()).isEqualTo("Ada");
    }
}
