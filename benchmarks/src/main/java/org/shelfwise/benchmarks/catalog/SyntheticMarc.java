package org.shelfwise.benchmarks.catalog;

import org.marc4j.MarcStreamWriter;
import org.marc4j.converter.impl.UnicodeToAnsel;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Enumeration;
import java.util.Random;

/**
 * The catalogue's books ({@link SyntheticCatalogue}) as MARC 21 records in ISO 2709, shaped like the real samples'
 * (008, 020, 100/700, 245 $a $b, 264 $b $c, 650 with subdivisions, and one to three 949 item fields: $a call
 * number, $i barcode, $l location, $m library, $t item type), every other one in MARC-8 (leader/09 blank, written
 * through marc4j's Unicode-to-ANSEL converter), the others in UTF-8. Generated as read, never held in memory.
 */
final class SyntheticMarc {

    private static final MarcFactory factory = MarcFactory.newInstance();
    private static final String[] LOCATIONS = {"ADULT-FIC", "ADULT-NF", "CHILDREN", "REFERENCE", "STACKS"};
    private static final String[] LIBRARIES = {"CENTRAL", "EAST", "WEST", "NORTH"};

    private SyntheticMarc() {
    }

    /** Records for books {@code from} (inclusive) to {@code to} (exclusive). */
    static InputStream records(long from, long to) {
        return new SequenceInputStream(new Enumeration<>() {
            long next = from;

            @Override
            public boolean hasMoreElements() {
                return next < to;
            }

            @Override
            public InputStream nextElement() {
                var out = new ByteArrayOutputStream(1000 * 700);
                long end = Math.min(to, next + 1000);
                var utf8 = new MarcStreamWriter(out, "UTF-8");
                var marc8 = new MarcStreamWriter(out, "ISO-8859-1");
                marc8.setConverter(new UnicodeToAnsel());
                for (; next < end; next++) {
                    boolean isMarc8 = next % 2 == 0;
                    (isMarc8 ? marc8 : utf8).write(record(next, isMarc8));
                }
                return new ByteArrayInputStream(out.toByteArray());
            }
        });
    }

    /** How many item fields book {@code n} has (1 to 3), so that a run can tell how many copies to expect. */
    static int items(long n) {
        return 1 + (int) Math.floorMod(n * 31, 3);
    }

    static Record record(long n, boolean marc8) {
        String[] row = SyntheticCatalogue.row(n).strip().split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1);
        var random = new Random(n);
        var record = factory.newRecord();
        record.getLeader().setTypeOfRecord('a');
        record.getLeader().setImplDefined1(new char[] {'m', ' '});
        record.getLeader().setCharCodingScheme(marc8 ? ' ' : 'a');
        record.addVariableField(factory.newControlField("001", "sw" + n));
        String language = switch (row[6]) {
            case "fr" -> "fre";
            case "de" -> "ger";
            case "es" -> "spa";
            case "it" -> "ita";
            case "nl" -> "dut";
            case "sv" -> "swe";
            default -> "eng";
        };
        record.addVariableField(factory.newControlField("008", "250101s" + row[5] + "    xx            000 1 " + language + " d"));
        record.addVariableField(field("020", ' ', ' ', 'a', row[0]));
        var authors = unquote(row[3]).split("\\|");
        record.addVariableField(field("100", '1', ' ', 'a', invert(authors[0]) + ","));
        var title = field("245", '1', '0', 'a', unquote(row[1]) + (row[2].isEmpty() ? " /" : " :"));
        if (!row[2].isEmpty()) {
            title.addSubfield(factory.newSubfield('b', unquote(row[2]) + " /"));
        }
        title.addSubfield(factory.newSubfield('c', String.join(", ", authors) + "."));
        record.addVariableField(title);
        var publication = factory.newDataField("264", ' ', '1');
        publication.addSubfield(factory.newSubfield('a', "London :"));
        publication.addSubfield(factory.newSubfield('b', unquote(row[4]) + ","));
        publication.addSubfield(factory.newSubfield('c', row[5] + "."));
        record.addVariableField(publication);
        for (String subject : unquote(row[7]).split("\\|")) {
            String[] parts = subject.split(" -- ");
            var heading = field("650", ' ', '0', 'a', parts[0]);
            for (int i = 1; i < parts.length; i++) {
                heading.addSubfield(factory.newSubfield('x', parts[i]));
            }
            record.addVariableField(heading);
        }
        for (int i = 1; i < authors.length; i++) {
            record.addVariableField(field("700", '1', ' ', 'a', invert(authors[i]) + ","));
        }
        for (int i = 0; i < items(n); i++) {
            var item = factory.newDataField("949", ' ', ' ');
            item.addSubfield(factory.newSubfield('a', (100 + random.nextInt(900)) + " " + authors[0].substring(
                    authors[0].lastIndexOf(' ') + 1, Math.min(authors[0].length(), authors[0].lastIndexOf(' ') + 4))));
            item.addSubfield(factory.newSubfield('i', "SW" + n + "-" + i));
            item.addSubfield(factory.newSubfield('l', LOCATIONS[random.nextInt(LOCATIONS.length)]));
            item.addSubfield(factory.newSubfield('m', LIBRARIES[random.nextInt(LIBRARIES.length)]));
            item.addSubfield(factory.newSubfield('t', "BOOK"));
            record.addVariableField(item);
        }
        return record;
    }

    private static org.marc4j.marc.DataField field(String tag, char ind1, char ind2, char code, String value) {
        var field = factory.newDataField(tag, ind1, ind2);
        field.addSubfield(factory.newSubfield(code, value));
        return field;
    }

    private static String invert(String name) {
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1) + ", " + name.substring(0, space);
    }

    private static String unquote(String value) {
        return value.startsWith("\"") ? value.substring(1, value.length() - 1).replace("\"\"", "\"") : value;
    }
}
