package org.shelfwise.sip.protocol;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * A message to a terminal, written field by field: the code, the fixed fields, then variable fields each ended by
 * {@code |}. A value never carries a delimiter or a line end (they would cut the message): they become spaces.
 */
public final class Response {

    private final StringBuilder text = new StringBuilder();

    private Response(String code) {
        text.append(code);
    }

    public static Response of(String code) {
        return new Response(code);
    }

    /** A fixed field, exactly as wide as given. */
    public Response fixed(String value) {
        text.append(value);
        return this;
    }

    /** A one-character flag: {@code Y} or {@code N}. */
    public Response flag(boolean yes) {
        text.append(yes ? 'Y' : 'N');
        return this;
    }

    /** A fixed-width count, zero-padded ({@code width} digits, at most all nines). */
    public Response count(int width, long value) {
        long max = (long) Math.pow(10, width) - 1;
        text.append(String.format("%0" + width + "d", Math.min(Math.max(value, 0), max)));
        return this;
    }

    /** A variable field, sent even when empty (a required one). */
    public Response field(String id, String value) {
        text.append(id).append(clean(value == null ? "" : value)).append('|');
        return this;
    }

    /** A variable field, left out when there is no value. */
    public Response optional(String id, String value) {
        return value == null || value.isEmpty() ? this : field(id, value);
    }

    /** The message as sent: with {@code AY} and {@code AZ} when the terminal uses error detection. */
    public byte[] encode(Charset charset, boolean errorDetection, Optional<Character> sequence) {
        if (!errorDetection) {
            return text.toString().getBytes(charset);
        }
        var out = new StringBuilder(text);
        sequence.ifPresent(number -> out.append("AY").append(number));
        out.append("AZ");
        byte[] upToAz = out.toString().getBytes(charset);
        return (out + Checksum.of(upToAz)).getBytes(charset);
    }

    private static String clean(String value) {
        return value.replace('|', ' ').replace('\r', ' ').replace('\n', ' ');
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
