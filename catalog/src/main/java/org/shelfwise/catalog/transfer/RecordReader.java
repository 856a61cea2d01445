package org.shelfwise.catalog.transfer;

/** Reads an import file one record at a time, so that no file is ever held in memory whole. */
interface RecordReader extends AutoCloseable {

    /**
     * The next record, or null at the end. A record that cannot be read comes as a candidate with its problem, and
     * reading goes on after it where the format allows; only a CSV header that cannot be used throws
     * {@link MalformedFile}.
     */
    Candidate next();

    /** Stops reading (a MARCXML parser thread stops with it). */
    @Override
    default void close() {
    }
}
