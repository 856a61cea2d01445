package org.shelfwise.launcher.demo;

/**
 * A 14-digit library item barcode as printed on copies: {@code 3}, a 4-digit library code, an 8-digit item number
 * and a mod-10 (Luhn) check digit, so that a mistyped digit is caught at the desk.
 */
public record ItemBarcode(String value) {

    public ItemBarcode {
        if (!isValid(value)) {
            throw new IllegalArgumentException("not a valid item barcode: " + value);
        }
    }

    public static ItemBarcode of(int libraryCode, long itemNumber) {
        if (libraryCode < 0 || libraryCode > 9_999 || itemNumber < 0 || itemNumber > 99_999_999) {
            throw new IllegalArgumentException("library code or item number out of range");
        }
        String payload = "3%04d%08d".formatted(libraryCode, itemNumber);
        return new ItemBarcode(payload + checkDigit(payload));
    }

    public static boolean isValid(String barcode) {
        return barcode != null && barcode.matches("3\\d{13}")
                && checkDigit(barcode.substring(0, 13)) == barcode.charAt(13) - '0';
    }

    /** Luhn: from the right, every other digit doubled (9 taken off above 9), and what tops the sum up to a ten. */
    public static int checkDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 0) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return (10 - sum % 10) % 10;
    }

    @Override
    public String toString() {
        return value;
    }
}
