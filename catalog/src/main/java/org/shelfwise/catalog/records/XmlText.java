package org.shelfwise.catalog.records;

/**
 * Text made fit for XML 1.0: records imported from old MARC files can hold control characters, which no XML document
 * may contain (not even escaped), and a single one would make the whole response unreadable to every client.
 */
public final class XmlText {

    private XmlText() {
    }

    /** The text with each character XML 1.0 cannot carry replaced by U+FFFD; null is empty. */
    public static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder cleaned = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowed = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD) || Character.isSurrogate(c) && surrogatePair(text, i);
            if (!allowed && cleaned == null) {
                cleaned = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (cleaned != null) {
                cleaned.append(allowed ? c : '\uFFFD');
            }
        }
        return cleaned == null ? text : cleaned.toString();
    }

    private static boolean surrogatePair(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
}
