package org.shelfwise.catalog.transfer;

import org.marc4j.MarcWriter;
import org.marc4j.MarcXmlParserThread;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;
import org.shelfwise.catalog.books.Book;
import org.shelfwise.catalog.books.BookRequests.BookInput;
import org.shelfwise.catalog.books.Isbn;
import org.shelfwise.platform.problems.FieldProblem;
import org.shelfwise.platform.web.RequestSizeLimit;
import org.xml.sax.InputSource;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * MARC 21 bibliographic records, ISO 2709 or MARCXML, read and written with marc4j. Fields used: 020 ISBN,
 * 100/700 authors, 245 $a title and $b subtitle, 250 edition, 260/264 $b publisher and $c year, 008/35-37 (else
 * 041 $a) language, 520 description, 600/610/650/651 subjects (subdivisions joined with " -- ").
 */
final class MarcRecords implements RecordReader {

    private static final Pattern YEAR = Pattern.compile("\\b(\\d{4})\\b");
    // ISBD punctuation that closes a MARC subfield: "Pride and prejudice /", "London :"
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s/:;,=.]+$");
    private static final MarcFactory factory = MarcFactory.newInstance();

    // leader/06 of the MARC 21 formats that describe no bibliographic item
    private static final Map<Character, String> NOT_BIBLIOGRAPHIC = Map.of('z', "an authority record",
            'u', "a holdings record", 'v', "a holdings record", 'x', "a holdings record", 'y', "a holdings record",
            'w', "a classification record", 'q', "a community information record");

    private final MarcFrames frames;
    private final XmlRecordQueue xml;
    private long number;
    private boolean broken;

    /** ISO 2709 records from {@code in}, which starts at byte {@code offset} of the file, after {@code number} records. */
    static MarcRecords iso2709(InputStream in, long offset, long number) {
        return new MarcRecords(new MarcFrames(in, offset, number), null, number);
    }

    /** MARCXML records; a resumed import reads past the first {@code number} records again. */
    static MarcRecords marcxml(InputStream in, long number) {
        var queue = new XmlRecordQueue();
        var parser = new MarcXmlParserThread(queue, new InputSource(in));
        parser.setName("marcxml-parser");
        parser.setDaemon(true);
        parser.start();
        var records = new MarcRecords(null, queue, 0);
        while (records.number < number && records.next() != null) {
            // passing over what an earlier run imported
        }
        return records;
    }

    private MarcRecords(MarcFrames frames, XmlRecordQueue xml, long number) {
        this.frames = frames;
        this.xml = xml;
        this.number = number;
    }

    @Override
    public Candidate next() {
        if (frames == null) {
            return nextXml();
        }
        var frame = frames.next();
        if (frame == null) {
            return null;
        }
        number = frame.number();
        var decoded = MarcDecoding.decode(frame);
        if (decoded.record() == null) {
            return Candidate.unreadable(number, frame.offset(), decoded.failure());
        }
        return candidate(decoded.record(), frame.offset(), decoded.warnings());
    }

    @Override
    public void close() {
        if (xml != null) {
            xml.abandon();
        }
    }

    /** Where the next record starts (ISO 2709 only). */
    long position() {
        return frames == null ? -1 : frames.position();
    }

    private Candidate nextXml() {
        if (broken) {
            return null;
        }
        Record record;
        try {
            if (!xml.hasNext()) {
                return null;
            }
            record = xml.pop();
        } catch (RuntimeException e) {
            // an XML parser cannot find its feet again after a syntax error: the rest of the file is this one problem
            for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                if (cause instanceof RequestSizeLimit.TooLarge tooLarge) {
                    throw tooLarge;
                }
            }
            number++;
            var why = new FieldProblem("record", "xml", "the XML cannot be read from here on ("
                    + rootMessage(e) + ")");
            broken = true;
            return Candidate.unreadable(number, null, why);
        }
        number++;
        var warnings = new ArrayList<FieldProblem>();
        MarcDecoding.normalize(record, false, warnings);
        return candidate(record, null, warnings);
    }

    private Candidate candidate(Record record, Long offset, List<FieldProblem> warnings) {
        char type = record.getLeader().getTypeOfRecord();
        if (NOT_BIBLIOGRAPHIC.containsKey(type)) {
            return Candidate.skipped(number, offset, record, "leader/06 '" + type + "': " + NOT_BIBLIOGRAPHIC.get(type)
                    + ", not a bibliographic one");
        }
        BookInput input;
        try {
            input = input(record);
        } catch (RuntimeException e) {
            return Candidate.unreadable(number, offset, new FieldProblem("record", "unreadable",
                    "its fields cannot be taken apart (" + e + ")"));
        }
        return new Candidate(number, input, List.of(), record, offset, List.copyOf(warnings), null);
    }

    private static String rootMessage(Throwable e) {
        while (e.getCause() != null) {
            e = e.getCause();
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static BookInput input(Record record) {
        return new BookInput(clean(first(record, "245", 'a')), clean(first(record, "245", 'b')), authors(record),
                isbn(record), clean(firstOf(record, 'b', "264", "260")), year(record), language(record),
                subjects(record), first(record, "520", 'a'), clean(first(record, "250", 'a')));
    }

    private static String isbn(Record record) {
        var candidates = subfields(record, "020", 'a');
        // 020 $a may carry qualifiers ("0306406152 (pbk.)"); prefer the first that is a valid ISBN
        return candidates.stream().map(value -> value.split("\\s")[0]).filter(value -> Isbn.parse(value).isPresent())
                .findFirst().orElse(candidates.isEmpty() ? null : candidates.getFirst());
    }

    private static List<String> authors(Record record) {
        var authors = new ArrayList<String>();
        for (String tag : List.of("100", "700")) {
            subfields(record, tag, 'a').stream().map(MarcRecords::clean).forEach(authors::add);
        }
        return authors;
    }

    private static List<String> subjects(Record record) {
        var subjects = new ArrayList<String>();
        for (var field : record.getVariableFields(new String[] {"600", "610", "650", "651"})) {
            String heading = ((DataField) field).getSubfields().stream()
                    .filter(s -> "axyz".indexOf(s.getCode()) >= 0).map(s -> clean(s.getData()))
                    .collect(Collectors.joining(" -- "));
            if (!heading.isBlank()) {
                subjects.add(heading);
            }
        }
        return subjects.stream().distinct().toList();
    }

    private static Integer year(Record record) {
        String date = firstOf(record, 'c', "264", "260");
        if (date != null) {
            var year = YEAR.matcher(date);
            if (year.find()) {
                return Integer.valueOf(year.group(1));
            }
        }
        var fixed = (ControlField) record.getVariableField("008");
        if (fixed != null && fixed.getData().length() >= 11 && fixed.getData().substring(7, 11).matches("\\d{4}")) {
            return Integer.valueOf(fixed.getData().substring(7, 11));
        }
        return null;
    }

    private static String language(Record record) {
        var fixed = (ControlField) record.getVariableField("008");
        if (fixed != null && fixed.getData().length() >= 38) {
            String code = fixed.getData().substring(35, 38).strip();
            if (!code.isEmpty() && !code.equals("|||") && !code.equals("zxx")) {
                return code;
            }
        }
        return first(record, "041", 'a');
    }

    private static String firstOf(Record record, char code, String... tags) {
        for (String tag : tags) {
            String value = first(record, tag, code);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String first(Record record, String tag, char code) {
        var values = subfields(record, tag, code);
        return values.isEmpty() ? null : values.getFirst();
    }

    private static List<String> subfields(Record record, String tag, char code) {
        return record.getVariableFields(tag).stream().flatMap(field -> ((DataField) field).getSubfields(code).stream())
                .map(Subfield::getData).filter(value -> value != null && !value.isBlank()).toList();
    }

    private static String clean(String value) {
        return value == null ? null : TRAILING_PUNCTUATION.matcher(value.strip()).replaceAll("");
    }

    /** Writes a book as a MARC 21 record, UTF-8 (leader/09 {@code a}). */
    static void write(MarcWriter writer, Book book) {
        var d = book.details();
        var record = factory.newRecord();
        record.getLeader().setTypeOfRecord('a');
        record.getLeader().setImplDefined1(new char[] {'m', ' '});
        record.getLeader().setCharCodingScheme('a');
        record.addVariableField(factory.newControlField("001", book.id().toString()));
        String year = d.publicationYear() == null ? "    " : String.format(Locale.ROOT, "%04d", d.publicationYear());
        String language = d.language() == null ? "   " : d.language().marcCode();
        record.addVariableField(factory.newControlField("008",
                "      s" + year + "    xx            000 0 " + language + " d"));
        record.addVariableField(field("020", ' ', ' ', 'a', d.isbn().value()));
        var authors = d.authors();
        record.addVariableField(field("100", '1', ' ', 'a', authors.getFirst()));
        var title = field("245", '1', '0', 'a', d.title());
        if (d.subtitle() != null) {
            title.addSubfield(factory.newSubfield('b', d.subtitle()));
        }
        record.addVariableField(title);
        if (d.edition() != null) {
            record.addVariableField(field("250", ' ', ' ', 'a', d.edition()));
        }
        if (d.publisher() != null || d.publicationYear() != null) {
            var publication = factory.newDataField("264", ' ', '1');
            if (d.publisher() != null) {
                publication.addSubfield(factory.newSubfield('b', d.publisher()));
            }
            if (d.publicationYear() != null) {
                publication.addSubfield(factory.newSubfield('c', year));
            }
            record.addVariableField(publication);
        }
        if (d.description() != null) {
            record.addVariableField(field("520", ' ', ' ', 'a', d.description()));
        }
        for (String subject : d.subjects()) {
            String[] parts = subject.split(" -- ");
            var heading = field("650", ' ', '4', 'a', parts[0]);
            for (int i = 1; i < parts.length; i++) {
                heading.addSubfield(factory.newSubfield('x', parts[i]));
            }
            record.addVariableField(heading);
        }
        for (String author : authors.subList(1, authors.size())) {
            record.addVariableField(field("700", '1', ' ', 'a', author));
        }
        writer.write(record);
    }

    private static DataField field(String tag, char ind1, char ind2, char code, String value) {
        var field = factory.newDataField(tag, ind1, ind2);
        field.addSubfield(factory.newSubfield(code, value));
        return field;
    }
}
