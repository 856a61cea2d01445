package org.shelfwise.catalog.sru;

import org.junit.jupiter.api.Test;
import org.shelfwise.catalog.search.CatalogueQuery;
import org.shelfwise.catalog.search.CatalogueQuery.And;
import org.shelfwise.catalog.search.CatalogueQuery.AndNot;
import org.shelfwise.catalog.search.CatalogueQuery.Condition;
import org.shelfwise.catalog.search.CatalogueQuery.Or;
import org.shelfwise.catalog.search.CatalogueQuery.Order;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.shelfwise.catalog.search.CatalogueQuery.Field.*;
import static org.shelfwise.catalog.search.CatalogueQuery.Match.*;

class CqlTranslationTest {

    static CatalogueQuery query(String cql) {
        return CqlTranslation.translate(cql).query();
    }

    static int refusal(String cql) {
        return catchThrowableOfType(Diagnostic.SruFailure.class, () -> CqlTranslation.translate(cql))
                .diagnostic().number();
    }

    @Test
    void aTermAloneSearchesTheServersChoiceForEveryWord() {
        assertThat(query("whale")).isEqualTo(new Condition(ANY, ALL_WORDS, "whale"));
        assertThat(query("\"moby dick\"")).isEqualTo(new Condition(ANY, ALL_WORDS, "moby dick"));
    }

    @Test
    void readsIndexesRelationsAndBooleansInAnyCase() {
        assertThat(query("dc.title = \"moby dick\" AND dc.creator == \"Melville, Herman\"")).isEqualTo(new And(
                new Condition(TITLE, ALL_WORDS, "moby dick"), new Condition(CREATOR, EXACT, "Melville, Herman")));
        assertThat(query("(title any \"whale sea\" or bath.isbn=9780140620627) not dc.date >= 1900"))
                .isEqualTo(new AndNot(new Or(new Condition(TITLE, ANY_WORD, "whale sea"),
                        new Condition(ISBN, EXACT, "9780140620627")), new Condition(YEAR, GREATER_OR_EQUAL, "1900")));
        assertThat(query("dc.date within \"1800 1900\"")).isEqualTo(new And(
                new Condition(YEAR, GREATER_OR_EQUAL, "1800"), new Condition(YEAR, LESS_OR_EQUAL, "1900")));
        assertThat(query("cql.allRecords = 1")).isEqualTo(new CatalogueQuery.Everything());
    }

    @Test
    void booleansBindLeftToRightAsCqlSays() {
        assertThat(query("a or b and c")).isEqualTo(new And(new Or(new Condition(ANY, ALL_WORDS, "a"),
                new Condition(ANY, ALL_WORDS, "b")), new Condition(ANY, ALL_WORDS, "c")));
    }

    @Test
    void resolvesEscapesAndKeepsMasks() {
        assertThat(query("dc.title = \"say \\\"hi\\\"\"")).isEqualTo(new Condition(TITLE, ALL_WORDS, "say \"hi\""));
        assertThat(query("dc.title = whal*")).isEqualTo(new Condition(TITLE, ALL_WORDS, "whal*"));
        assertThat(query("dc.title = \"whal\\*\"")).isEqualTo(new Condition(TITLE, ALL_WORDS, "whal "));
    }

    @Test
    void takesCql2SortBy() {
        assertThat(CqlTranslation.translate("whale sortby dc.date/sort.descending").order())
                .isEqualTo(Order.YEAR_DESCENDING);
        assertThat(CqlTranslation.translate("whale sortby title").order()).isEqualTo(Order.TITLE);
        assertThat(CqlTranslation.translate("whale").order()).isNull();
    }

    @Test
    void refusesWhatItCannotAnswerWithTheStandardsNumbers() {
        assertThat(refusal("dc.title =")).isEqualTo(Diagnostic.QUERY_SYNTAX_ERROR);
        assertThat(refusal("whale sea")).isEqualTo(Diagnostic.QUERY_SYNTAX_ERROR);
        assertThat(refusal(">dc=\"info:srw/cql-context-set/1/dc-v1.1\" dc.title = whale"))
                .isEqualTo(Diagnostic.QUERY_FEATURE_UNSUPPORTED);
        assertThat(refusal("dc.title = whale prox/distance=1 sea")).isEqualTo(Diagnostic.UNSUPPORTED_BOOLEAN_MODIFIER);
        assertThat(refusal("dc.title = whale prox sea")).isEqualTo(Diagnostic.UNSUPPORTED_BOOLEAN_OPERATOR);
        assertThat(refusal("rec.identifier = 1")).isEqualTo(Diagnostic.UNSUPPORTED_CONTEXT_SET);
        assertThat(refusal("dc.format = print")).isEqualTo(Diagnostic.UNSUPPORTED_INDEX);
        assertThat(refusal("dc.creator > melville")).isEqualTo(Diagnostic.UNSUPPORTED_RELATION);
        assertThat(refusal("dc.title adj whal*")).isEqualTo(Diagnostic.MASKING_CHARACTER_NOT_SUPPORTED);
        assertThat(refusal("dc.title = w*")).isEqualTo(Diagnostic.MASKED_WORDS_TOO_SHORT);
        assertThat(refusal("dc.date = 19th")).isEqualTo(Diagnostic.TERM_IN_INVALID_FORMAT);
        assertThat(refusal("whale sortby dc.title dc.date")).isEqualTo(Diagnostic.TOO_MANY_SORT_KEYS);
        assertThat(refusal("(".repeat(21) + "whale" + ")".repeat(21))).isEqualTo(Diagnostic.UNSUPPORTED_USE_OF_PARENTHESES);
        assertThat(query("(".repeat(20) + "whale" + ")".repeat(20))).isEqualTo(new Condition(ANY, ALL_WORDS, "whale"));
    }
}
