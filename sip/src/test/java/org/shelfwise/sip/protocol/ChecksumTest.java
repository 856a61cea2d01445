package org.shelfwise.sip.protocol;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class ChecksumTest {

    static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void matchesTheSpecificationsExampleOfAnScStatusMessage() {
        // the 3M SIP2 Developers Guide's own example: "990 402.00AY1AZFCB4"
        assertThat(Checksum.of(ascii("990 402.00AY1AZ"))).isEqualTo("FCB4");
    }

    @Test
    void isTheTwosComplementOfTheLowSixteenBitsOfTheByteSum() {
        // 'A' + 'Z' = 65 + 90 = 155 = 0x009B; two's complement in 16 bits: 0xFF65
        assertThat(Checksum.of(ascii("AZ"))).isEqualTo("FF65");
        // the sum of the message and its checksum is zero in 16 bits, which is how a receiver may check it
        String message = "2300119960212    100239AOid_21|AA104000000105|AC|AD|AY2AZ";
        int sum = 0;
        for (byte b : ascii(message)) {
            sum += b;
        }
        assertThat((sum + Integer.parseInt(Checksum.of(ascii(message)), 16)) & 0xFFFF).isZero();
    }

    @Test
    void verifiesUpperAndLowerCaseDigitsAndRefusesOthers() {
        assertThat(Checksum.verifies(ascii("990 402.00AY1AZ"), "FCB4")).isTrue();
        assertThat(Checksum.verifies(ascii("990 402.00AY1AZ"), "fcb4")).isTrue();
        assertThat(Checksum.verifies(ascii("990 402.00AY1AZ"), "FCB5")).isFalse();
        assertThat(Checksum.verifies(ascii("990 402.00AY2AZ"), "FCB4")).isFalse();
    }
}
