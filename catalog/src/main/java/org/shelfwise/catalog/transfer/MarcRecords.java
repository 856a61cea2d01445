package org.shelfwise.catalog.transfer;

import org.marc4j.MarcException;
import org.marc4j.MarcReader;
import org.marc4j.marc.Record;
import org.shelfwise.catalog.books.marc.MarcMapping;
import org.shelfwise.platform.web.RequestSizeLimit;

import java.util.List;

/**
 * MARC 21 bibliographic records, ISO 2709 or MARCXML, read with marc4j one at a time; {@link MarcMapping} reads
 * the catalogue's model out of each.
 */
final class MarcRecords implements RecordReader {

    private final MarcReader reader;
    private long number;

    MarcRecords(MarcReader reader) {
        this.reader = reader;
    }

    @Override
    public Candidate next() {
        Record record;
        try {
            if (!reader.hasNext()) {
                return null;
            }
            record = reader.next();
        } catch (MarcException | IllegalArgumentException | IndexOutOfBoundsException e) {
            // marc4j wraps what its input stream throws; a body over the limit is not a malformed record
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof RequestSizeLimit.TooLarge tooLarge) {
                    throw tooLarge;
                }
            }
            throw new MalformedFile(number + 1, "marc", e.getMessage());
        }
        number++;
        var input = MarcMapping.toInput(record);
        return new Candidate(number, input, List.of(), record);
    }
}
