package org.shelfwise.platform.web;

import org.junit.jupiter.api.Test;
import org.shelfwise.platform.problems.DomainProblem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RevisionTest {

    @Test
    void acceptsTheCurrentVersionOrAnyOfAList() {
        assertThatCode(() -> Revision.required("\"3\"").check("Book", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Revision.required("\"1\", \"3\"").check("Book", 3)).doesNotThrowAnyException();
        assertThatCode(() -> Revision.required("*").check("Book", 7)).doesNotThrowAnyException();
    }

    @Test
    void refusesAStaleVersionWith412() {
        assertThatThrownBy(() -> Revision.required("\"2\"").check("Book", 3))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.status().value()).isEqualTo(412));
    }

    @Test
    void refusesAWeakTagBecauseIfMatchComparesStrongly() {
        assertThatThrownBy(() -> Revision.required("W/\"3\"").check("Book", 3)).isInstanceOf(DomainProblem.class);
    }

    @Test
    void requiresIfMatchForUpdatesWith428ButNotForDeletes() {
        assertThatThrownBy(() -> Revision.required(null))
                .isInstanceOfSatisfying(DomainProblem.class, p -> assertThat(p.status().value()).isEqualTo(428));
        assertThatCode(() -> Revision.optional(null).check("Book", 5)).doesNotThrowAnyException();
    }
}
