package org.shelfwise.platform.input;

/**
 * The characters no text that Shelfwise stores may hold: the C0 controls (NUL among them, which PostgreSQL refuses
 * outright), DEL, the C1 controls and unpaired surrogates (which cannot be written as UTF-8). Tab, line feed and
 * carriage return are allowed in free text (an address, a note) and refused in single-line values by
 * {@link SingleLine}.
 */
public final class ControlCharacters {

    private ControlCharacters() {
    }

    /** The index of the first character of {@code text} that no stored text may hold, or -1. */
    public static int firstForbidden(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isControl(c) && c != '\t' && c != '\n' && c != '\r') {
                return i;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the first control character of {@code text}, tab, line feed and carriage return included, or -1. */
    public static int firstControl(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    /** How a person would name the character at {@code index}: {@code U+0000}. */
    public static String describe(CharSequence text, int index) {
        return String.format("U+%04X", (int) text.charAt(index));
    }

    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }
}
