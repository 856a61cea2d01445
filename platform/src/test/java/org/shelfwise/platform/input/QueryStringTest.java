package org.shelfwise.platform.input;

import org.junit.jupiter.api.Test;
import org.shelfwise.platform.problems.FieldProblem;

import static org.assertj.core.api.Assertions.assertThat;

class QueryStringTest {

    @Test
    void acceptsPercentEncodedUtf8() {
        assertThat(QueryString.problem("q=caf%C3%A9+au+lait&size=20&flag")).isEmpty();
        assertThat(QueryString.decode("caf%C3%A9+x")).isEqualTo("café x");
    }

    @Test
    void refusesInvalidUtf8NamingTheParameter() {
        for (String bad : new String[]{"%C0%AF", "%FF", "%E2%82", "%ED%A0%80", "%G1", "%4"}) {
            assertThat(QueryString.problem("size=2&q=" + bad)).get()
                    .extracting(FieldProblem::field, FieldProblem::rule).containsExactly("q", "encoding");
        }
        assertThat(QueryString.problem("%FF=1")).get().extracting(FieldProblem::field).isEqualTo("query");
    }

    @Test
    void refusesControlCharactersNamingTheParameter() {
        assertThat(QueryString.problem("q=%00")).get()
                .extracting(FieldProblem::field, FieldProblem::rule).containsExactly("q", "NoControlCharacters");
        assertThat(QueryString.problem("q=a%0Ab")).isPresent();
        assertThat(QueryString.problem("q=a%C2%85")).isPresent();
    }
}
