package org.shelfwise.catalog.transfer;

import org.marc4j.MarcError;
import org.marc4j.MarcPermissiveStreamReader;
import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.shelfwise.catalog.transfer.MarcFrames.Frame;
import org.shelfwise.platform.problems.FieldProblem;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Makes one ISO 2709 record's bytes a Unicode record: MARC-8 (leader/09 blank) converted by marc4j, UTF-8
 * (leader/09 {@code a}) taken as it is, and every value in NFC. Bytes that are not valid in the record's character
 * set become U+FFFD, with a warning, rather than refusing the record; what marc4j had to repair in its structure
 * is a warning too. A record it cannot read at all is a failure, with the reason.
 */
final class MarcDecoding {

    static final int MAX_ISO2709_LENGTH = 99_999;
    private static final String FACTORY = "org.marc4j.marc.MarcFactory";
    private static final byte SUBSTITUTE = 0x1A;
    private static final Pattern SUBSTITUTED = Pattern.compile("\u001A+");
    // what marc4j writes for a MARC-8 code its tables lack
    private static final Pattern UNKNOWN_MARC8 = Pattern.compile("<U\\+[0-9A-Fa-f]{4}>");

    /** A record read, with what was repaired; or, when {@code record} is null, why it cannot be read. */
    record Decoded(Record record, List<FieldProblem> warnings, FieldProblem failure) {
    }

    static {
        // marc4j looks for its factory at every reader made (a file under java.home, then the class path's service
        // files, an exception each time it finds none); named once, a reader a record costs no such search
        if (System.getProperty(FACTORY) == null) {
            System.setProperty(FACTORY, "org.marc4j.marc.impl.MarcFactoryImpl");
        }
    }

    private MarcDecoding() {
    }

    static Decoded decode(Frame frame) {
        if (!frame.kept() || frame.length() > MAX_ISO2709_LENGTH) {
            return failed("record", "record-length", "is " + frame.length() + " bytes long; ISO 2709 holds at most "
                    + MAX_ISO2709_LENGTH + ", so its directory cannot be trusted");
        }
        if (!frame.terminated()) {
            return failed("record", "truncated", "the file ends inside this record (no record terminator)");
        }
        byte[] bytes = frame.bytes();
        if (bytes.length < 25) {
            return failed("leader", "leader", "is " + bytes.length + " bytes long, less than a leader");
        }
        var warnings = new ArrayList<FieldProblem>();
        String declared = new String(bytes, 0, 5, StandardCharsets.ISO_8859_1);
        if (!declared.equals(String.format("%05d", bytes.length))) {
            warnings.add(new FieldProblem("leader", "record-length",
                    "leader/00-04 says " + declared + " bytes, the record has " + bytes.length));
        }
        if (bytes[9] == 'a') {
            int invalid = Utf8.substituteInvalid(bytes, SUBSTITUTE);
            if (invalid > 0) {
                warnings.add(new FieldProblem("record", "encoding", invalid
                        + " byte(s) not valid UTF-8 though leader/09 says UTF-8; replaced by U+FFFD"));
            }
        }
        Record record;
        try {
            var reader = new MarcPermissiveStreamReader(new ByteArrayInputStream(bytes), true, true, "MARC8");
            if (!reader.hasNext()) {
                return failed("record", "unreadable", "no record found in its bytes");
            }
            record = reader.next();
        } catch (RuntimeException e) {
            return failed("directory", "unreadable", "its leader or directory cannot be followed ("
                    + e.getClass().getSimpleName() + ": " + visible(String.valueOf(e.getMessage())) + ")");
        }
        boolean unknownMarc8 = false;
        for (MarcError error : record.hasErrors() ? record.getErrors() : List.<MarcError>of()) {
            if (error.severity == MarcError.FATAL) {
                return failed("record", "unreadable", error.message);
            }
            unknownMarc8 |= error.message.startsWith("Unknown MARC8 character code");
            if (error.severity >= MarcError.MINOR_ERROR) {
                warnings.add(warning(error));
            }
        }
        if (record.getDataFields().isEmpty()) {
            return failed("directory", "no-fields", "has no data fields");
        }
        normalize(record, unknownMarc8, warnings);
        return new Decoded(record, warnings, null);
    }

    /** Every value in NFC; substituted bytes, MARC-8 codes marc4j cannot map and NULs (which no text column takes) as U+FFFD. */
    static void normalize(Record record, boolean unknownMarc8, List<FieldProblem> warnings) {
        for (ControlField field : record.getControlFields()) {
            field.setData(text(field.getData(), unknownMarc8, field.getTag(), warnings));
        }
        for (DataField field : record.getDataFields()) {
            for (var subfield : field.getSubfields()) {
                subfield.setData(text(subfield.getData(), unknownMarc8, field.getTag(), warnings));
            }
        }
    }

    private static String text(String value, boolean unknownMarc8, String tag, List<FieldProblem> warnings) {
        if (value == null) {
            return null;
        }
        // the patterns and NFC only where they can change something: this runs for every subfield of every record
        String text = value.indexOf(SUBSTITUTE) < 0 ? value : SUBSTITUTED.matcher(value).replaceAll("\uFFFD");
        if (unknownMarc8) {
            text = UNKNOWN_MARC8.matcher(text).replaceAll("\uFFFD");
        }
        if (text.indexOf('\0') >= 0) {
            text = text.replace('\0', '\uFFFD');
            warnings.add(new FieldProblem(tag, "control-character", "a NUL character, replaced by U+FFFD"));
        }
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    // field and record terminators in a message read as \x1E, \x1D
    private static String visible(String message) {
        var out = new StringBuilder();
        message.codePoints().limit(200).forEach(c -> out.append(c < 0x20 ? String.format("\\x%02X", c) : Character.toString(c)));
        return out.toString();
    }

    private static FieldProblem warning(MarcError error) {
        String field = error.curField == null || error.curField.equals("n/a") ? "record" : error.curField;
        String message = error.message.strip();
        String rule = message.contains("UTF-8") || message.contains("MARC8") || message.contains("encoding")
                ? "encoding" : "structure";
        return new FieldProblem(field, rule, message);
    }

    private static Decoded failed(String field, String rule, String message) {
        return new Decoded(null, List.of(), new FieldProblem(field, rule, message));
    }
}
