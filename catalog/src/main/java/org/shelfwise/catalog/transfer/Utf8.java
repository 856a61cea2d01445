package org.shelfwise.catalog.transfer;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Finds the bytes that are not valid UTF-8 in place, so that a record's directory (byte offsets) stays true. */
final class Utf8 {

    private Utf8() {
    }

    /** Overwrites every byte of each malformed sequence with {@code substitute}; answers how many sequences there were. */
    static int substituteInvalid(byte[] bytes, byte substitute) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        var in = ByteBuffer.wrap(bytes);
        var out = CharBuffer.allocate(bytes.length);
        int sequences = 0;
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isUnderflow()) {
                break;
            }
            if (result.isOverflow()) {
                out = CharBuffer.allocate(bytes.length); // only the bytes matter, not the text
                continue;
            }
            int at = in.position();
            for (int i = 0; i < result.length(); i++) {
                bytes[at + i] = substitute;
            }
            in.position(at + result.length());
            sequences++;
        }
        return sequences;
    }
}
