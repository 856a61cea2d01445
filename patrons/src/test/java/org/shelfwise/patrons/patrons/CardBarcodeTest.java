package org.shelfwise.patrons.patrons;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class CardBarcodeTest {

    @Test
    void isTwoThenLibraryCodeThenZeroPaddedCardNumberThenCheckDigit() {
        assertThat(CardBarcode.issue("1234", 1).value()).isEqualTo("21234000000018");
        assertThat(CardBarcode.issue("0001", 1).value()).isEqualTo("20001000000012");
    }

    @Test
    void hasFourteenDigitsUpToTheLastCardNumber() {
        var last = CardBarcode.issue("9876", CardBarcode.MAX_CARD_NUMBER).value();
        assertThat(last).hasSize(14).startsWith("2987699999999");
        assertThat(Luhn.isValid(last)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, 100_000_000})
    void refusesCardNumbersThatDoNotFitEightDigits(long number) {
        assertThatIllegalArgumentException().isThrownBy(() -> CardBarcode.issue("1234", number));
    }

    @ParameterizedTest
    @ValueSource(strings = {"123", "12345", "12a4", ""})
    void refusesLibraryCodesThatAreNotFourDigits(String code) {
        assertThatIllegalArgumentException().isThrownBy(() -> CardBarcode.issue(code, 1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"21234000000017", "31234000000017", "2123400000001", "212340000000180"})
    void refusesABarcodeWithAWrongCheckDigitOrLayout(String value) {
        assertThatIllegalArgumentException().isThrownBy(() -> new CardBarcode(value));
    }
}
