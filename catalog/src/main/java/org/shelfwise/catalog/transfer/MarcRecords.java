package org.shelfwise.catalog.transfer;

import org.marc4j.MarcXmlParserThread;
import org.marc4j.marc.Record;
import org.shelfwise.catalog.books.BookRequests.BookInput;
import org.shelfwise.catalog.books.marc.MarcMapping;
import org.shelfwise.platform.problems.FieldProblem;
import org.shelfwise.platform.web.RequestSizeLimit;
import org.xml.sax.InputSource;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * MARC 21 bibliographic records, ISO 2709 or MARCXML, read with marc4j one at a time, in Unicode (NFC);
 * {@link MarcMapping} reads the catalogue's model out of each.
 */
final class MarcRecords implements RecordReader {

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
            input = MarcMapping.toInput(record);
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
}
