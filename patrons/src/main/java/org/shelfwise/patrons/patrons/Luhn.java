package org.shelfwise.patrons.patrons;

/**
 * The Luhn mod-10 check digit that library (Codabar) barcodes carry, so that a scanner or a librarian typing a
 * card number catches any single wrong digit and most swapped neighbours.
 */
final class Luhn {

    private Luhn() {
    }

    /** The digit to append to {@code digits} so that the whole number passes the Luhn check. */
    static int checkDigit(String digits) {
        int sum = 0;
        // counted from the right, where the check digit will sit at position one: double positions two, four, ...
        boolean doubled = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            sum += weighted(digit(digits, i), doubled);
            doubled = !doubled;
        }
        return (10 - sum % 10) % 10;
    }

    /** Whether {@code number}, check digit last, passes the Luhn check. */
    static boolean isValid(String number) {
        if (number.length() < 2) {
            return false;
        }
        int last = number.length() - 1;
        return checkDigit(number.substring(0, last)) == digit(number, last);
    }

    private static int weighted(int digit, boolean doubled) {
        if (!doubled) {
            return digit;
        }
        int twice = digit * 2;
        return twice > 9 ? twice - 9 : twice;
    }

    private static int digit(String digits, int index) {
        char c = digits.charAt(index);
        if (c < '0' || c > '9') {
            throw new IllegalArgumentException("not a digit at position " + index + ": " + digits);
        }
        return c - '0';
    }
}
