package org.shelfwise.catalog.books;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class IsbnTest {

    @Test
    void acceptsAnIsbn13WithACorrectCheckDigit() {
        assertThat(Isbn.parse("978-0-14-143951-8")).contains(new Isbn("9780141439518"));
    }

    @Test
    void convertsAnIsbn10ToIsbn13() {
        assertThat(Isbn.parse("0-306-40615-2")).contains(new Isbn("9780306406157"));
        assertThat(Isbn.parse("080442957X")).contains(new Isbn("9780804429573"));
    }

    @Test
    void rejectsAWrongCheckDigit() {
        assertThat(Isbn.parse("9780141439519")).isEmpty();
        assertThat(Isbn.parse("0306406153")).isEmpty();
    }

    @Test
    void rejectsWhatIsNotAnIsbn() {
        assertThat(Isbn.parse("hello")).isEmpty();
        assertThat(Isbn.parse("12345")).isEmpty();
        assertThat(Isbn.parse(null)).isEmpty();
    }
}
