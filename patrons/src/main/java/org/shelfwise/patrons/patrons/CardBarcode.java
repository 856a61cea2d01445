package org.shelfwise.patrons.patrons;

/**
 * The barcode on a library card, in the 14-digit Codabar layout libraries use: {@code 2} (a patron, where items
 * start with {@code 3}), the four-digit library code, an eight-digit card number and a Luhn check digit.
 */
record CardBarcode(String value) {

    static final long MAX_CARD_NUMBER = 99_999_999L;
    private static final String PATRON = "2";

    CardBarcode {
        if (value == null || !value.matches("2[0-9]{13}") || !Luhn.isValid(value)) {
            throw new IllegalArgumentException("not a patron card barcode: " + value);
        }
    }

    /** The barcode of card number {@code cardNumber} of the library with code {@code libraryCode}. */
    static CardBarcode issue(String libraryCode, long cardNumber) {
        if (libraryCode == null || !libraryCode.matches("[0-9]{4}")) {
            throw new IllegalArgumentException("the library code must be four digits: " + libraryCode);
        }
        if (cardNumber < 1 || cardNumber > MAX_CARD_NUMBER) {
            throw new IllegalArgumentException("card numbers run from 1 to " + MAX_CARD_NUMBER + ": " + cardNumber);
        }
        String digits = PATRON + libraryCode + "%08d".formatted(cardNumber);
        return new CardBarcode(digits + Luhn.checkDigit(digits));
    }

    @Override
    public String toString() {
        return value;
    }
}
