package org.shelfwise.patrons.patrons;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LuhnTest {

    @ParameterizedTest
    @CsvSource({
            "7992739871, 3",      // the textbook example
            "411111111111111, 1", // the well-known test card number 4111 1111 1111 1111
            "0, 0",
            "9, 1",               // 9 doubled is 18, which counts as 1 + 8 = 9
            "2123400000001, 8"})  // card number 1 of library 1234
    void checkDigitMakesTheNumberPassTheLuhnCheck(String digits, int expected) {
        assertThat(Luhn.checkDigit(digits)).isEqualTo(expected);
        assertThat(Luhn.isValid(digits + expected)).isTrue();
    }

    @Test
    void detectsEverySingleWrongDigit() {
        String payload = "2123400004275";
        String number = payload + Luhn.checkDigit(payload);
        for (int position = 0; position < number.length(); position++) {
            for (char digit = '0'; digit <= '9'; digit++) {
                if (digit != number.charAt(position)) {
                    String mistyped = number.substring(0, position) + digit + number.substring(position + 1);
                    assertThat(Luhn.isValid(mistyped)).as(mistyped).isFalse();
                }
            }
        }
    }

    @Test
    void detectsSwappedNeighbours() {
        assertThat(Luhn.isValid("79927398713")).isTrue();
        assertThat(Luhn.isValid("97927398713")).isFalse();
        assertThat(Luhn.isValid("79927398731")).isFalse();
    }

    @Test
    void refusesWhatIsNotDigits() {
        assertThatIllegalArgumentException().isThrownBy(() -> Luhn.checkDigit("12a4"));
    }
}
