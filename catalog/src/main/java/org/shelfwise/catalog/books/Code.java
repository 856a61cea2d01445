package org.shelfwise.catalog.books;

import java.util.regex.Pattern;

/**
 * The rule for the codes a copy carries, its branch ({@code main}) and its item type ({@code dvd}): circulation's
 * rule for branch codes, since its branches, calendars and loan-policy rules are what these codes name.
 */
public final class Code {

    /** 1 to 32 letters, digits, dots, hyphens or underscores, starting with a letter or digit. */
    public static final String PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,31}";

    /** The rule in words, as a field problem states it. */
    public static final String RULE = "must be 1 to 32 letters, digits, dots, hyphens or underscores, starting with a "
            + "letter or digit";

    /** A code, or nothing: a request's empty text means no code, as it does for the other texts of a copy. */
    static final String OPTIONAL = "(" + PATTERN + ")?";

    private static final Pattern CODE = Pattern.compile(PATTERN);

    private Code() {
    }

    /** Whether {@code value} (already stripped) is a code. */
    public static boolean isValid(String value) {
        return value != null && CODE.matcher(value).matches();
    }
}
