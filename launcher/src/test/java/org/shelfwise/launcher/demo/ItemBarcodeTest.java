package org.shelfwise.launcher.demo;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ItemBarcodeTest {

    @Test
    void computesTheLuhnCheckDigit() {
        // the textbook example of the Luhn algorithm
        assertThat(ItemBarcode.checkDigit("7992739871")).isEqualTo(3);
        assertThat(ItemBarcode.checkDigit("3123400000001")).isEqualTo(6);
    }

    @Test
    void buildsFourteenDigitsFromLibraryCodeAndItemNumber() {
        assertThat(ItemBarcode.of(1234, 1).value()).isEqualTo("31234000000016");
        assertThat(ItemBarcode.of(42, 98_765_432).value()).hasSize(14).startsWith("3004298765432");
    }

    @Test
    void catchesASingleMistypedDigitAndSwappedNeighbours() {
        String barcode = ItemBarcode.of(1234, 4711).value();

        assertThat(ItemBarcode.isValid(barcode)).isTrue();
        for (int i = 1; i < barcode.length(); i++) {
            char digit = barcode.charAt(i);
            String typo = barcode.substring(0, i) + (char) ('0' + (digit - '0' + 1) % 10) + barcode.substring(i + 1);
            assertThat(ItemBarcode.isValid(typo)).as(typo).isFalse();
        }
        assertThat(ItemBarcode.isValid(barcode.replace("4711", "7411"))).isFalse();
        assertThatIllegalArgumentException().isThrownBy(() -> new ItemBarcode("31234000000017"));
    }
}
