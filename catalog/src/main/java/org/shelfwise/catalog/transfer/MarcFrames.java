package org.shelfwise.catalog.transfer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;

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
    // read a block at a time and scanned here: a read() a byte took a lock a byte, twice (the buffered stream's and
    // the record's byte array stream's), some thousand times a record
    private final byte[] block = new byte[64 * 1024];
    private int at;
    private int end;
    private byte[] record = new byte[4096];
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
            while (true) {
                if (at == end && !fill()) {
                    return null;
                }
                if (block[at] != '\n' && block[at] != '\r') {
                    break;
                }
                at++;
                position++;
            }
            long start = position;
            long length = 0;
            int kept = 0;
            boolean terminated = false;
            while (!terminated && (at < end || fill())) {
                int from = at;
                while (at < end && block[at] != RECORD_TERMINATOR) {
                    at++;
                }
                if (at < end) {
                    at++;
                    terminated = true;
                }
                int n = at - from;
                length += n;
                int keep = Math.min(n, MAX_KEPT - kept);
                if (keep > 0) {
                    if (kept + keep > record.length) {
                        record = Arrays.copyOf(record, Math.max(kept + keep, 2 * record.length));
                    }
                    System.arraycopy(block, from, record, kept, keep);
                    kept += keep;
                }
            }
            position = start + length;
            number++;
            return new Frame(number, start, length <= MAX_KEPT ? Arrays.copyOf(record, kept) : null, length,
                    terminated);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads the next block; false at the end of the file. */
    private boolean fill() throws IOException {
        int n;
        do {
            n = in.read(block, 0, block.length);
        } while (n == 0);
        at = 0;
        end = Math.max(n, 0);
        return n > 0;
    }

    /** The byte offset after the last record read. */
    long position() {
        return position;
    }
}
