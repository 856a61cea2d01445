package org.shelfwise.catalog.books;

import java.util.Optional;
import java.util.regex.Pattern;

/** An ISBN, always held in its 13-digit form; ISBN-10s are converted, hyphens and spaces dropped. */
public record Isbn(String value) {

    // compiled once: an import parses every record's ISBNs
    private static final Pattern SEPARATORS = Pattern.compile("[\\s-]");
    private static final Pattern ISBN10 = Pattern.compile("\\d{9}[\\dX]");
    private static final Pattern ISBN13 = Pattern.compile("97[89]\\d{10}");

    /** Parses an ISBN-10 or ISBN-13, checking its check digit; empty when it is not a valid ISBN. */
    public static Optional<Isbn> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String digits = SEPARATORS.matcher(text).replaceAll("").toUpperCase();
        if (ISBN10.matcher(digits).matches() && isbn10CheckDigit(digits) == digits.charAt(9)) {
            String isbn13 = "978" + digits.substring(0, 9);
            return Optional.of(new Isbn(isbn13 + isbn13CheckDigit(isbn13)));
        }
        if (ISBN13.matcher(digits).matches() && isbn13CheckDigit(digits) == digits.charAt(12)) {
            return Optional.of(new Isbn(digits));
        }
        return Optional.empty();
    }

    private static char isbn10CheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (10 - i) * (digits.charAt(i) - '0');
        }
        int check = (11 - sum % 11) % 11;
        return check == 10 ? 'X' : (char) ('0' + check);
    }

    private static char isbn13CheckDigit(String digits) {
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (i % 2 == 0 ? 1 : 3) * (digits.charAt(i) - '0');
        }
        return (char) ('0' + (10 - sum % 10) % 10);
    }

    @Override
    public String toString() {
        return value;
    }
}
