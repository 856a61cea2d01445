package org.shelfwise.catalog.transfer;

/** Reads an import file one record at a time, so that no file is ever held in memory whole. */
interface RecordReader {

    /** The next record, or null at the end; throws {@link MalformedFile} where the file stops making sense. */
    Candidate next();
}
