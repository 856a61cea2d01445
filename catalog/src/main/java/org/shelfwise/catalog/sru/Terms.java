package org.shelfwise.catalog.sru;

/**
 * CQL's terms as written: quoted or not, with backslash escapes, {@code *} and {@code ?} as masks unless escaped, and
 * {@code ^} as an anchor (which the catalogue's word search has no use for).
 */
final class Terms {

    static final int MAX_TERM = 500;

    private Terms() {
    }

    /**
     * The term's text: quotes taken off, escapes resolved; unescaped masks are kept as {@code *} and {@code ?},
     * escaped ones and anchors become spaces (the index takes neither for a letter).
     */
    static String value(String raw) {
        String text = unquoted(raw);
        var value = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\' && i + 1 < text.length()) {
                char next = text.charAt(++i);
                value.append(next == '*' || next == '?' || next == '^' ? ' ' : next);
            } else {
                value.append(c == '^' ? ' ' : c);
            }
        }
        return value.toString();
    }

    /** Whether the term holds a mask ({@code *} or {@code ?} not escaped). */
    static boolean masked(String raw) {
        String text = unquoted(raw);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '*' || c == '?') {
                return true;
            }
        }
        return false;
    }

    private static String unquoted(String raw) {
        return raw.length() >= 2 && raw.startsWith("\"") && raw.endsWith("\"") ? raw.substring(1, raw.length() - 1) : raw;
    }
}
