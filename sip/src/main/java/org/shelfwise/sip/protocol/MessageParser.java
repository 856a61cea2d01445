package org.shelfwise.sip.protocol;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads one message (without its carriage return): the error-detection trailer ({@code AY} sequence number,
 * {@code AZ} checksum, verified when present), the two-digit command code, the fixed-length fields, then the
 * variable fields, each a two-character identifier and a value up to the {@code |} delimiter.
 */
public final class MessageParser {

    private static final Pattern FIELD_ID = Pattern.compile("[A-Z][A-Z0-9]");
    private static final Pattern HEX4 = Pattern.compile("[0-9A-Fa-f]{4}");

    private final Charset charset;

    public MessageParser(Charset charset) {
        this.charset = charset;
    }

    public Parsed parse(byte[] raw) {
        String text = new String(raw, charset);
        boolean checked = false;
        if (hasChecksum(text)) {
            String digits = text.substring(text.length() - 4);
            if (!Checksum.verifies(Arrays.copyOf(raw, raw.length - 4), digits)) {
                return new Parsed.Garbled("checksum " + digits + " does not match the message");
            }
            text = text.substring(0, text.length() - 6);
            checked = true;
        }
        Optional<Character> sequence = Optional.empty();
        if (text.length() >= 5 && text.regionMatches(text.length() - 3, "AY", 0, 2)
                && Character.isDigit(text.charAt(text.length() - 1))) {
            sequence = Optional.of(text.charAt(text.length() - 1));
            text = text.substring(0, text.length() - 3);
        }
        if (text.length() < 2) {
            return new Parsed.Unknown(text);
        }
        var command = Command.of(text.substring(0, 2));
        if (command.isEmpty()) {
            return new Parsed.Unknown(text.substring(0, 2));
        }
        return parse(command.get(), text.substring(2), sequence, checked);
    }

    /** {@code AZ} and four hex digits at the end, right after the code, a delimiter or an {@code AY} digit. */
    private static boolean hasChecksum(String text) {
        int az = text.length() - 6;
        if (az < 2 || !text.startsWith("AZ", az) || !HEX4.matcher(text.substring(az + 2)).matches()) {
            return false;
        }
        return az == 2 || text.charAt(az - 1) == '|'
                || (az >= 5 && text.startsWith("AY", az - 3) && Character.isDigit(text.charAt(az - 1)));
    }

    private static Parsed parse(Command command, String body, Optional<Character> sequence, boolean checked) {
        if (body.length() < command.fixedLength()) {
            return new Parsed.Malformed(command, "The message is shorter than its fixed fields ("
                    + command.fixedLength() + " characters).", sequence, checked);
        }
        var fixed = new ArrayList<String>();
        int at = 0;
        for (int length : command.fixedLengths()) {
            fixed.add(body.substring(at, at + length));
            at += length;
        }
        var fields = new ArrayList<Message.Field>();
        for (String piece : body.substring(at).split("\\|", -1)) {
            if (piece.isEmpty()) {
                continue;
            }
            if (piece.length() < 2 || !FIELD_ID.matcher(piece.substring(0, 2)).matches()) {
                return new Parsed.Malformed(command, "A field does not start with a field identifier: "
                        + abbreviated(piece) + ".", sequence, checked);
            }
            fields.add(new Message.Field(piece.substring(0, 2), piece.substring(2)));
        }
        return new Parsed.Ok(command, new Message(command.code(), fixed, List.copyOf(fields), sequence, checked));
    }

    private static String abbreviated(String piece) {
        return piece.length() > 20 ? piece.substring(0, 20) + "..." : piece;
    }
}
