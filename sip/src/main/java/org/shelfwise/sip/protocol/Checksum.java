package org.shelfwise.sip.protocol;

import java.util.HexFormat;

/**
 * SIP2's error-detection checksum: the binary sum of every byte of the message up to and including the {@code AZ}
 * field identifier, its lower 16 bits in two's complement, written as four upper-case hex digits.
 */
public final class Checksum {

    private Checksum() {
    }

    /** The checksum of {@code upToAz}, which ends with {@code AZ}. */
    public static String of(byte[] upToAz) {
        int sum = 0;
        for (byte b : upToAz) {
            sum += b & 0xFF;
        }
        return HexFormat.of().withUpperCase().toHexDigits((short) (-sum & 0xFFFF));
    }

    /** Whether {@code digits} (four hex digits, either case) is the checksum of {@code upToAz}. */
    public static boolean verifies(byte[] upToAz, String digits) {
        return digits.length() == 4 && of(upToAz).equalsIgnoreCase(digits);
    }
}
