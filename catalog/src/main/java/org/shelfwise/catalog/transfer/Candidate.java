package org.shelfwise.catalog.transfer;

import org.marc4j.marc.Record;
import org.shelfwise.catalog.books.BookRequests.BookInput;
import org.shelfwise.platform.problems.FieldProblem;

import java.util.List;

/**
 * One record read from an import file, numbered from 1 in file order, before validation; {@code problems} holds
 * what could not even be read (a year that is not a number); {@code marc} is the whole record as read, Unicode,
 * for a record that came from MARC (null for CSV).
 */
record Candidate(long number, BookInput input, List<FieldProblem> problems, Record marc) {
}
