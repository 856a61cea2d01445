package org.shelfwise.catalog.books;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LanguageTest {

    @Test
    void holdsEveryFormOfACodeAsTheTwoLetterOne() {
        assertThat(Language.parse("fr")).contains(new Language("fr"));
        assertThat(Language.parse("FRA")).contains(new Language("fr"));
        assertThat(Language.parse("fre")).contains(new Language("fr"));
        assertThat(Language.parse("ger")).contains(new Language("de"));
        assertThat(Language.parse("eng")).contains(new Language("en"));
    }

    @Test
    void rejectsWhatIsNotAnIso639Code() {
        assertThat(Language.parse("xx")).isEmpty();
        assertThat(Language.parse("english")).isEmpty();
        assertThat(Language.parse(null)).isEmpty();
    }
}
