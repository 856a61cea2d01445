package org.shelfwise.catalog.search;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SpellingTest {

    @Test
    void countsASwapOfNeighbouringLettersAsOneEdit() {
        assertThat(Spelling.editDistance("huose", "house")).isEqualTo(1);
        assertThat(Spelling.editDistance("histroy", "history")).isEqualTo(1);
        assertThat(Spelling.editDistance("hous", "house")).isEqualTo(1);
        assertThat(Spelling.editDistance("huose", "jose")).isEqualTo(2);
        assertThat(Spelling.editDistance("ehllo", "hello")).isEqualTo(1);
        assertThat(Spelling.editDistance("", "abc")).isEqualTo(3);
        assertThat(Spelling.editDistance("same", "same")).isZero();
    }

    @Test
    void takesTheFirstCandidateCloseEnoughByEdits() {
        // trigram order put "jose" first; it and "horse" are two edits away, "house" one
        assertThat(Spelling.closest("huose", new String[] {"jose", "horse", "house"})).isEqualTo("house");
        assertThat(Spelling.closest("huose", new String[] {"jose", "hose", "house"})).as("the first close enough")
                .isEqualTo("hose");
        assertThat(Spelling.closest("mmeory", new String[] {"memory"})).isEqualTo("memory");
        assertThat(Spelling.closest("philsoohpy", new String[] {"philosophy"})).as("two swaps in a long word")
                .isEqualTo("philosophy");
        assertThat(Spelling.closest("zebra", new String[] {"cobra"})).as("two edits in a short word: left alone")
                .isEqualTo("zebra");
        assertThat(Spelling.closest("zebra", null)).isEqualTo("zebra");
    }
}
