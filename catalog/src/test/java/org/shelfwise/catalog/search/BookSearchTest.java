package org.shelfwise.catalog.search;

import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class BookSearchTest {

    @Test
    void estimatesTheMatchesFromTheShareOfIdsTheSampleCovers() {
        // the 1,001st match lies a sixteenth of the way through the id space: about 16,016 matches in all
        assertThat(BookSearch.estimateTotal(1001, UUID.fromString("10000000-0000-4000-8000-000000000000")))
                .isEqualTo(16_016);
        assertThat(BookSearch.estimateTotal(1001, UUID.fromString("ffffffff-ffff-4fff-bfff-ffffffffffff")))
                .as("never fewer than were seen").isEqualTo(1001);
    }
}
