package org.shelfwise.catalog.transfer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Cuts an ISO 2709 stream into records at their record terminators (0x1D), whatever their leaders and directories
 * claim: a record whose declared length lies, or which is too long for ISO 2709, still ends where it ends, and the
 * next one is read from there. Line breaks between records (some exports add them) are passed over.
 */
final class MarcFrames {

    static final int RECORD_TERMINATOR = 0x1D;
    /** Past this, a record is not kept in memory: it is passed over to its terminator and reported. */
    static final int MAX_KEPT = 1_000_000;

    /** One record's bytes as found, numbered from 1, at its byte offset in the file. */
    record Frame(long number, long offset, byte[] bytes, long length, boolean terminated) {

        boolean kept() {
            return bytes != null;
        }
    }

    private final InputStream in;
    private long position;
    private long number;

    /** Reads from {@code in}, which starts at byte {@code position} of the file, after {@code number} records. */
    MarcFrames(InputStream in, long position, long number) {
        this.in = in;
        this.position = position;
        this.number = number;
    }

    /** The next record, or null at the end of the file. */
    Frame next() {
        try {
            int b = in.read();
            while (b == '\n' || b == '\r') {
                position++;
                b = in.read();
            }
            if (b == -1) {
                return null;
            }
            long start = position;
            var kept = new ByteArrayOutputStream(2048);
            long length = 0;
            for (; b != -1; b = in.read()) {
                length++;
                if (length <= MAX_KEPT) {
                    kept.write(b);
                }
                if (b == RECORD_TERMINATOR) {
                    break;
                }
            }
            position = start + length;
            number++;
            return new Frame(number, start, length <= MAX_KEPT ? kept.toByteArray() : null, length, b != -1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The byte offset after the last record read. */
    long position() {
        return position;
    }
}
