package org.shelfwise.catalog.books;

import org.marc4j.marc.Record;
import org.shelfwise.catalog.books.marc.MarcMapping;

/** One record of an import file, as the catalogue takes it: its details and, when it came from MARC, the whole record. */
public record ImportedRecord(BookDetails details, Record marc) {

    /** The MARC record to keep: none for a record that holds no more than its details write (an export of ours). */
    Record kept() {
        return marc == null || MarcMapping.isWrittenFrom(marc, details) ? null : marc;
    }
}
