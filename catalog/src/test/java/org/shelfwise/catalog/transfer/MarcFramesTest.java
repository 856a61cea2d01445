package org.shelfwise.catalog.transfer;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class MarcFramesTest {

    static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.ISO_8859_1);
    }

    @Test
    void cutsAtRecordTerminatorsWhateverTheLeadersClaimAndPassesOverLineBreaks() {
        var frames = new MarcFrames(new ByteArrayInputStream(bytes("99999abc\u001d\r\n00005xy\u001dtail")), 0, 0);
        var first = frames.next();
        assertThat(first.number()).isEqualTo(1);
        assertThat(first.offset()).isZero();
        assertThat(first.length()).isEqualTo(9);
        assertThat(first.terminated()).isTrue();
        var second = frames.next();
        assertThat(second.offset()).as("after the line break").isEqualTo(11);
        var truncated = frames.next();
        assertThat(truncated.offset()).isEqualTo(19);
        assertThat(truncated.terminated()).isFalse();
        assertThat(frames.next()).isNull();
        assertThat(frames.position()).isEqualTo(23);
    }

    @Test
    void resumesNumberingAndOffsetsFromACheckpoint() {
        var frames = new MarcFrames(new ByteArrayInputStream(bytes("00005xy\u001d")), 1_000, 41);
        var frame = frames.next();
        assertThat(frame.number()).isEqualTo(42);
        assertThat(frame.offset()).isEqualTo(1_000);
    }

    @Test
    void keepsNoMoreThanItsLimitOfARecordWithoutTerminator() {
        byte[] big = new byte[MarcFrames.MAX_KEPT + 10];
        java.util.Arrays.fill(big, (byte) 'x');
        big[big.length - 1] = MarcFrames.RECORD_TERMINATOR;
        var frame = new MarcFrames(new ByteArrayInputStream(big), 0, 0).next();
        assertThat(frame.kept()).isFalse();
        assertThat(frame.length()).isEqualTo(big.length);
        assertThat(MarcDecoding.decode(frame).failure().rule()).isEqualTo("record-length");
    }
}
