package org.shelfwise.catalog.transfer;

import org.marc4j.marc.Record;
import org.shelfwise.catalog.books.BookRequests.BookInput;
import org.shelfwise.platform.problems.FieldProblem;

import java.util.List;

/**
 * One record read from an import file, numbered from 1 in file order, before validation; {@code problems} holds
 * what could not even be read (a year that is not a number, a record whose directory lies: then {@code input} is
 * null); {@code marc} is the whole record as read, Unicode (NFC), for a record that came from MARC (null for CSV).
 * {@code offset} is the record's first byte in the file where the format tells it (ISO 2709), {@code warnings}
 * what was repaired on reading (bytes invalid in the record's character set), and {@code skipped} why a record
 * that is not bibliographic is passed over (null for one to import).
 */
record Candidate(long number, BookInput input, List<FieldProblem> problems, Record marc, Long offset,
                 List<FieldProblem> warnings, String skipped) {

    Candidate(long number, BookInput input, List<FieldProblem> problems, Record marc) {
        this(number, input, problems, marc, null, List.of(), null);
    }

    static Candidate unreadable(long number, Long offset, FieldProblem why) {
        return new Candidate(number, null, List.of(why), null, offset, List.of(), null);
    }

    static Candidate skipped(long number, Long offset, Record marc, String why) {
        return new Candidate(number, null, List.of(), marc, offset, List.of(), why);
    }
}
