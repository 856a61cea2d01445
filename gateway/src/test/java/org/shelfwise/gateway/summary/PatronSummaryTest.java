package org.shelfwise.gateway.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class PatronSummaryTest {

    final JsonMapper json = JsonMapper.shared();
    final JsonNode patron = json.readTree("{\"id\":\"5f0c8a52-6a3e-4c47-9d0b-3f1f5d2f8e11\",\"name\":\"Ada\"}");
    final JsonNode loans = json.readTree("[{\"title\":\"Emma\"}]");

    @Test
    void namesNoPartUnavailableWhenBothAnswered() {
        var summary = PatronSummary.assemble(Optional.of(patron), Optional.of(loans));

        assertThat(summary.patron()).isEqualTo(patron);
        assertThat(summary.loans()).isEqualTo(loans);
        assertThat(summary.unavailable()).isEmpty();
    }

    @Test
    void namesEachPartThatDidNotAnswer() {
        assertThat(PatronSummary.assemble(Optional.of(patron), Optional.empty()).unavailable())
                .containsExactly("loans");
        assertThat(PatronSummary.assemble(Optional.empty(), Optional.of(loans)).unavailable())
                .containsExactly("patron");
    }

    @Test
    void isNoSummaryWhenNoPartAnswered() {
        assertThatThrownBy(() -> PatronSummary.assemble(Optional.empty(), Optional.empty()))
                .isInstanceOf(SummaryUnavailableException.class);
    }

    @Test
    void writesAnUnavailablePartAsNull() {
        var written = json.readTree(json.writeValueAsString(PatronSummary.assemble(Optional.of(patron), Optional.empty())));

        assertThat(written.get("loans").isNull()).isTrue();
        assertThat(written.get("patron").get("name").asString()).isEqualTo("Ada");
    }
}
