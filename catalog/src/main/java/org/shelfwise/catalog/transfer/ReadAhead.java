package org.shelfwise.catalog.transfer;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Supplier;

/**
 * Reads an import's batches on a thread of its own, at most {@value #AHEAD} ahead of the one being written: reading,
 * decoding, mapping and validating the next records overlap the writes of the last ones, so an import keeps two
 * cores busy rather than one. What the reading throws is thrown again by {@link #take()}, in order.
 */
final class ReadAhead implements AutoCloseable {

    static final int AHEAD = 2;

    /** One batch read, and where it leaves the file: {@code end} when no record follows it. */
    record Read(ImportBatch batch, long records, long bytes, boolean end) {
    }

    private record Failed(Throwable failure) {
    }

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(AHEAD);
    private final Thread thread;

    ReadAhead(String name, Supplier<Read> reading) {
        this.thread = Thread.ofPlatform().name(name).daemon().start(() -> {
            try {
                Read read;
                do {
                    read = reading.get();
                    queue.put(read);
                } while (!read.end());
            } catch (InterruptedException closed) {
                // the writer stopped: nothing more to read
            } catch (RuntimeException | Error e) {
                try {
                    queue.put(new Failed(e));
                } catch (InterruptedException closed) {
                    // the writer stopped, and needs to hear of it no more
                }
            }
        });
    }

    /** The next batch, once it has been read; throws what reading it threw. */
    Read take() {
        Object next;
        try {
            next = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the next batch", e);
        }
        if (next instanceof Failed(Throwable failure)) {
            if (failure instanceof Error error) {
                throw error;
            }
            throw (RuntimeException) failure;
        }
        return (Read) next;
    }

    /** Stops the reading and waits for its thread, so that the file may be closed after. */
    @Override
    public void close() {
        thread.interrupt();
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
