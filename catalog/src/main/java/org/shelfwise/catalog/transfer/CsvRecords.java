package org.shelfwise.catalog.transfer;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.shelfwise.catalog.books.Book;
import org.shelfwise.catalog.books.BookRequests.BookInput;
import org.shelfwise.platform.problems.FieldProblem;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * The catalogue as CSV (RFC 4180, UTF-8, a header row): one book a row; authors and subjects hold several values
 * separated by {@code |}. Only the {@code title} column is required.
 */
final class CsvRecords implements RecordReader {

    static final String[] COLUMNS = {"isbn", "title", "subtitle", "authors", "publisher", "publicationYear", "language",
            "subjects", "description", "edition"};
    private static final Set<String> REQUIRED = Set.of("title");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
            .setIgnoreEmptyLines(true).setTrim(true).get();

    private final Iterator<CSVRecord> records;
    private final List<String> header;
    private long number;
    private boolean broken;

    /** The rows after the first {@code number}, which an earlier run imported. */
    static CsvRecords resumed(Reader reader, long number) {
        var records = new CsvRecords(reader);
        while (records.number < number && records.next() != null) {
            // passing over what an earlier run imported
        }
        return records;
    }

    CsvRecords(Reader reader) {
        try {
            var parser = CSVParser.builder().setReader(reader).setFormat(FORMAT).get();
            header = parser.getHeaderNames();
            records = parser.iterator();
        } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
            throw new MalformedFile(0, "csv-header", "the header row cannot be read (" + e.getMessage() + ")");
        }
        var missing = REQUIRED.stream().filter(column -> !header.contains(column)).sorted().toList();
        var unknown = header.stream().filter(column -> !Arrays.asList(COLUMNS).contains(column)).toList();
        if (!missing.isEmpty() || !unknown.isEmpty()) {
            throw new MalformedFile(0, "csv-header", "the header must name the columns " + String.join(",", COLUMNS)
                    + (missing.isEmpty() ? "" : "; missing: " + missing) + (unknown.isEmpty() ? "" : "; unknown: " + unknown));
        }
    }

    @Override
    public Candidate next() {
        if (broken) {
            return null;
        }
        CSVRecord row;
        try {
            if (!records.hasNext()) {
                return null;
            }
            row = records.next();
        } catch (UncheckedIOException | IllegalStateException e) {
            // a quote left open takes the rest of the file into one value: there is nothing after it to read
            broken = true;
            number++;
            return Candidate.unreadable(number, null, new FieldProblem("row", "csv",
                    "cannot be read from here on (" + e.getMessage() + ")"));
        }
        number++;
        if (!row.isConsistent()) {
            return new Candidate(number, null, List.of(new FieldProblem("row", "csv-columns",
                    "has " + row.size() + " values for " + header.size() + " columns")), null);
        }
        var problems = new ArrayList<FieldProblem>();
        for (String column : header) {
            String value = row.isSet(column) ? row.get(column) : null;
            if (value != null && value.indexOf('\0') >= 0) {
                problems.add(new FieldProblem(column, "control-character", "must not contain a NUL character"));
            }
        }
        if (!problems.isEmpty()) {
            return new Candidate(number, null, problems, null);
        }
        Integer year = null;
        String yearText = value(row, "publicationYear");
        if (yearText != null) {
            try {
                year = Integer.valueOf(yearText);
            } catch (NumberFormatException e) {
                problems.add(new FieldProblem("publicationYear", "type", "must be a whole number"));
            }
        }
        var input = BookInput.simple(value(row, "title"), value(row, "subtitle"), list(value(row, "authors")),
                value(row, "isbn"), value(row, "publisher"), year, value(row, "language"), list(value(row, "subjects")),
                value(row, "description"), value(row, "edition"));
        return new Candidate(number, input, problems, null);
    }

    private static String value(CSVRecord row, String column) {
        if (!row.isMapped(column)) {
            return null;
        }
        String value = row.get(column);
        return value == null || value.isBlank() ? null : value;
    }

    private static List<String> list(String joined) {
        return joined == null ? List.of() : Arrays.stream(joined.split("\\|")).map(String::strip).toList();
    }

    /** Writes the header row; then {@link #write} one row per book. */
    static CSVPrinter printer(Appendable out) throws IOException {
        return new CSVPrinter(out, CSVFormat.RFC4180.builder().setHeader(COLUMNS).get());
    }

    static void write(CSVPrinter printer, Book book) {
        var d = book.details();
        try {
            printer.printRecord(d.isbn() == null ? null : d.isbn().value(), d.title().main(), d.subtitle(),
                    String.join("|", d.authors()), d.publisher(), d.publicationYear(),
                    d.language() == null ? null : d.language().code(), String.join("|", d.subjectHeadings()),
                    d.description(), d.edition());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
