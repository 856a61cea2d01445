package org.shelfwise.catalog.transfer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * An uploaded import file, kept in the catalog's database in chunks of 1 MiB, so that whichever instance runs or
 * resumes the job reads the same bytes, from any offset.
 */
@Repository
class ImportFile {

    static final int CHUNK = 1 << 20;

    private final JdbcClient jdbc;

    ImportFile(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** What storing a file found: its size and how many record terminators (0x1D) or line ends it holds. */
    record Stored(long bytes, long terminators, long lineEnds) {
    }

    /** Stores the whole body, in the caller's transaction. */
    Stored store(UUID job, InputStream body) {
        long bytes = 0;
        long terminators = 0;
        long lines = 0;
        try {
            for (int seq = 0; ; seq++) {
                byte[] chunk = body.readNBytes(CHUNK);
                if (chunk.length == 0) {
                    break;
                }
                for (byte b : chunk) {
                    terminators += b == MarcFrames.RECORD_TERMINATOR ? 1 : 0;
                    lines += b == '\n' ? 1 : 0;
                }
                jdbc.sql("insert into import_file_chunk (job_id, seq, data) values (?, ?, ?)").params(job, seq, chunk).update();
                bytes += chunk.length;
                if (chunk.length < CHUNK) {
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Stored(bytes, terminators, lines);
    }

    /** The file from byte {@code offset} on, fetched a chunk at a time. */
    InputStream open(UUID job, long offset) {
        return new Chunks(job, offset);
    }

    void delete(UUID job) {
        jdbc.sql("delete from import_file_chunk where job_id = ?").param(job).update();
    }

    private final class Chunks extends InputStream {

        private final UUID job;
        private int seq;
        private byte[] chunk;
        private int at;

        Chunks(UUID job, long offset) {
            this.job = job;
            this.seq = (int) (offset / CHUNK);
            this.chunk = fetch(seq);
            this.at = (int) (offset % CHUNK);
        }

        private byte[] fetch(int seq) {
            return jdbc.sql("select data from import_file_chunk where job_id = ? and seq = ?").params(job, seq)
                    .query(byte[].class).optional().orElse(null);
        }

        @Override
        public int read() {
            if (!available(1)) {
                return -1;
            }
            return chunk[at++] & 0xff;
        }

        @Override
        public int read(byte[] b, int off, int len) {
            if (len == 0) {
                return 0;
            }
            if (!available(1)) {
                return -1;
            }
            int n = Math.min(len, chunk.length - at);
            System.arraycopy(chunk, at, b, off, n);
            at += n;
            return n;
        }

        private boolean available(int wanted) {
            while (chunk != null && at >= chunk.length) {
                if (chunk.length < CHUNK) {
                    chunk = null;
                    break;
                }
                chunk = fetch(++seq);
                at = 0;
            }
            return chunk != null && wanted > 0;
        }
    }
}
