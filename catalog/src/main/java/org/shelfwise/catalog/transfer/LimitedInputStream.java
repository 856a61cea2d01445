package org.shelfwise.catalog.transfer;

import org.springframework.util.unit.DataSize;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts what is read and refuses to read past the limit, for chunked bodies that declare no length. */
class LimitedInputStream extends FilterInputStream {

    private final DataSize limit;
    private long read;

    LimitedInputStream(InputStream in, DataSize limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        count(b < 0 ? 0 : 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        count(Math.max(n, 0));
        return n;
    }

    private void count(int n) {
        read += n;
        if (read > limit.toBytes()) {
            throw new TooLarge(limit);
        }
    }
}
