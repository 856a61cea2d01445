package org.shelfwise.catalog.books.marc;

import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import org.marc4j.marc.VariableField;
import org.shelfwise.catalog.books.BookDetails;
import org.shelfwise.catalog.books.BookRequests.BookInput;
import org.shelfwise.catalog.books.Format;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Between MARC 21 bibliographic records and the catalogue's model. Read: title from 245 ($a $b $n $p, non-filing
 * characters from ind2, $c), contributors from 1XX/7XX with relators ($e, $j, $4), identifiers (001/003, 010, 020
 * $a/$z, 022, 035), edition (250), publication (264 ind2 1, else 260: $a $b $c; year else 008/07-10), physical
 * description (300), series (490, 8XX), notes (5XX), summary (520), subjects (600-655 with $v $x $y $z), languages
 * (008/35-37, 041), format (leader/06-07, 007, 008/23), links (856) and alternate-script twins (880, by $6). Written:
 * a record kept from an import with the parts that were edited since replaced, or a record made afresh for a book
 * catalogued through the API.
 */
public final class MarcMapping {

    private static final MarcFactory factory = MarcFactory.newInstance();
    private static final MarcPart[] PARTS = MarcPart.values();
    private static final DateTimeFormatter ENTERED = DateTimeFormatter.ofPattern("yyMMdd").withZone(ZoneOffset.UTC);

    private MarcMapping() {
    }

    public static BookDetails toDetails(Record record) {
        return new MarcReading(record).details();
    }

    /** The record as an import validates it, by the same rules as {@code POST /api/books}. */
    public static BookInput toInput(Record record) {
        return BookInput.of(toDetails(record));
    }

    /**
     * The record to keep for a book whose details are now {@code details}: {@code kept} with the fields of every part
     * that reads otherwise from it replaced by fields written from {@code details}; all other fields stay as they
     * were, in their order. A new copy; {@code kept} is left as it is.
     */
    public static Record merge(Record kept, BookDetails details) {
        var was = toDetails(kept);
        var fields = new ArrayList<VariableField>(kept.getVariableFields());
        String leader = kept.getLeader().marshal();
        var links = new Alternates(kept);
        for (var part : MarcPart.values()) {
            if (Objects.equals(part.of(was), part.of(details))) {
                continue;
            }
            fields.removeIf(field -> holds(part, field));
            for (var field : part.fields(details, links)) {
                insert(fields, field);
            }
            switch (part) {
                case LANGUAGES -> fixed(fields, 35, details.language() == null ? "   " : details.language().marcCode());
                case PUBLICATION -> {
                    if (details.publicationYear() != null) {
                        fixed(fields, 7, details.publicationYear().toString());
                    }
                }
                case FORMAT -> {
                    var typeAndLevel = MarcFormats.typeAndLevel(details.format());
                    leader = leader.substring(0, 6) + typeAndLevel[0] + typeAndLevel[1] + leader.substring(8);
                    if (typeAndLevel[0] == 'a' || typeAndLevel[0] == 't') {
                        fixed(fields, 23, details.format() == Format.EBOOK ? "o" : " ");
                    }
                }
                default -> {
                }
            }
        }
        var record = factory.newRecord(leader);
        fields.forEach(record::addVariableField);
        return record;
    }

    /** A MARC 21 record (UTF-8) for a book catalogued through the API: every part written from its details. */
    public static Record toRecord(BookDetails details, Instant createdAt) {
        var base = factory.newRecord("00000nam a2200000 c 4500");
        base.addVariableField(factory.newControlField("008",
                ENTERED.format(createdAt) + "s    " + "    xx            000 0    " + " d"));
        // the empty record reads as a book without a title: every part of the details differs from it
        return merge(base, details);
    }

    /**
     * Whether {@code record} is what {@link #toRecord} writes for these details (its date entered and the leader's
     * lengths aside): such a record, an export of a book made through the API, holds nothing worth keeping.
     */
    public static boolean isWrittenFrom(Record record, BookDetails details) {
        if (!onlyWrittenTags(record)) {
            return false;
        }
        var written = toRecord(details, Instant.EPOCH);
        return comparable(record).equals(comparable(written));
    }

    // what toRecord writes holds only 008, 880 twins and the fields of the parts: a record with a local 9XX, or
    // anything else, is not one of ours, and is known so without writing the record afresh
    private static boolean onlyWrittenTags(Record record) {
        for (var field : record.getControlFields()) {
            if (!written(field.getTag())) {
                return false;
            }
        }
        for (var field : record.getDataFields()) {
            if (!written(field.getTag())) {
                return false;
            }
        }
        return true;
    }

    private static boolean written(String tag) {
        if (tag.equals("008") || tag.equals("880")) {
            return true;
        }
        for (var part : PARTS) {
            if (part.holds(tag)) {
                return true;
            }
        }
        return false;
    }

    private static List<String> comparable(Record record) {
        var leader = record.getLeader().marshal();
        var fields = new ArrayList<String>();
        fields.add(leader.substring(5, 9) + leader.substring(17));
        for (var field : record.getVariableFields()) {
            fields.add(field instanceof ControlField fixed && fixed.getTag().equals("008") && fixed.getData().length() > 6
                    ? "008 " + fixed.getData().substring(6) : field.toString());
        }
        return fields;
    }

    private static boolean holds(MarcPart part, VariableField field) {
        if (field.getTag().equals("880") && field instanceof DataField twin) {
            return MarcFields.linkage(twin).map(link -> part.holds(link.substring(0, 3))).orElse(false);
        }
        return part.holds(field.getTag());
    }

    /** Before the first field of a greater tag, so that fields stay in tag order and 880s before local 9XX. */
    private static void insert(List<VariableField> fields, VariableField field) {
        int at = 0;
        while (at < fields.size() && fields.get(at).getTag().compareTo(field.getTag()) <= 0) {
            at++;
        }
        fields.add(at, field);
    }

    /** Writes {@code value} into the 008 at {@code position}, when the record has an 008 that long. */
    private static void fixed(List<VariableField> fields, int position, String value) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i) instanceof ControlField fixed && fixed.getTag().equals("008")
                    && fixed.getData().length() >= position + value.length()) {
                String data = fixed.getData();
                fields.set(i, factory.newControlField("008",
                        data.substring(0, position) + value + data.substring(position + value.length())));
                return;
            }
        }
    }
}
