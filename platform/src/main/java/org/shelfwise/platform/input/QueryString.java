package org.shelfwise.platform.input;

import org.shelfwise.platform.problems.FieldProblem;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Checks a raw query string before the servlet container decodes it: Tomcat throws on a parameter that is not valid
 * UTF-8 (a 500 wherever it is first read), and would pass a NUL or another control character on to the database.
 * Each parameter is decoded strictly here, so that the refusal can name it.
 */
final class QueryString {

    private QueryString() {
    }

    /** The first rule the query string breaks, or empty when every parameter is well-formed text. */
    static Optional<FieldProblem> problem(String query) {
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            String rawName = equals < 0 ? pair : pair.substring(0, equals);
            String name = decode(rawName);
            String field = name == null ? "query" : name;
            if (name == null || (equals >= 0 && decode(pair.substring(equals + 1)) == null)) {
                return Optional.of(new FieldProblem(field, "encoding",
                        "must be percent-encoded UTF-8 (a % followed by two hex digits, of valid UTF-8 bytes)"));
            }
            String value = equals < 0 ? "" : decode(pair.substring(equals + 1));
            int control = ControlCharacters.firstControl(name + value);
            if (control >= 0) {
                return Optional.of(new FieldProblem(field, "NoControlCharacters",
                        "must not contain control characters (found " + ControlCharacters.describe(name + value, control) + ")"));
            }
        }
        return Optional.empty();
    }

    /** {@code text} percent-decoded ({@code +} as a space), or null when it is not valid percent-encoded UTF-8. */
    static String decode(String text) {
        var bytes = new ByteArrayOutputStream(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%') {
                if (i + 2 >= text.length()) {
                    return null;
                }
                int high = Character.digit(text.charAt(i + 1), 16);
                int low = Character.digit(text.charAt(i + 2), 16);
                if (high < 0 || low < 0) {
                    return null;
                }
                bytes.write(high << 4 | low);
                i += 2;
            } else if (c == '+') {
                bytes.write(' ');
            } else {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
            }
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes.toByteArray())).toString();
        } catch (CharacterCodingException invalid) {
            return null;
        }
    }
}
