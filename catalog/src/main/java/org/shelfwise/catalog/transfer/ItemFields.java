package org.shelfwise.catalog.transfer;

import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.shelfwise.catalog.books.Code;
import org.shelfwise.platform.problems.FieldProblem;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a MARC export keeps its item (copy) fields, named by the import's {@code items=} parameter: Koha's 952
 * ($p barcode, $o call number and $h volume, $a home branch, $c shelving location, $y item type, $z public and $x
 * staff note; $0 withdrawn or $1 lost: not made a copy; $7 not for loan: in the note), the 949 of many older systems
 * ($i barcode, $a call number, $m library, $l location, $t item type) and MARC 21 holdings 852 ($p barcode, $h $i
 * call number, $b sublocation as the branch, $a $c location, $z public and $x staff note). A branch or item type
 * that is not a code ({@link Code}) is not taken as one: it stays in the location or the note, where imports put it
 * before copies had either, and the item carries a warning saying so.
 */
enum ItemFields {

    KOHA_952("952") {
        @Override
        Item item(DataField f) {
            // $0 withdrawn and $1 lost hold a status code, 0 for none: such an item is no copy on the shelf
            String gone = set(value(f, '0')) ? "withdrawn" : set(value(f, '1')) ? "lost" : null;
            var branch = code(f, 'a', "branch");
            var type = code(f, 'y', "item type");
            return new Item(value(f, 'p'), join(" ", value(f, 'o'), value(f, 'h')),
                    join(" / ", branch.leftOver(), value(f, 'c')),
                    join("; ", value(f, 'z'), value(f, 'x'), labelled("type", type.leftOver()),
                            set(value(f, '7')) ? "not for loan" : null), gone, branch.code(), type.code(),
                    warnings(branch, type));
        }
    },
    FIELD_949("949") {
        @Override
        Item item(DataField f) {
            var branch = code(f, 'm', "branch");
            var type = code(f, 't', "item type");
            return new Item(value(f, 'i'), join(" ", value(f, 'a')), join(" / ", branch.leftOver(), value(f, 'l')),
                    labelled("type", type.leftOver()), null, branch.code(), type.code(), warnings(branch, type));
        }
    },
    HOLDINGS_852("852") {
        @Override
        Item item(DataField f) {
            var branch = code(f, 'b', "branch");
            return new Item(value(f, 'p'), join(" ", value(f, 'h'), value(f, 'i')),
                    join(" / ", value(f, 'a'), branch.leftOver(), value(f, 'c')),
                    join("; ", value(f, 'z'), value(f, 'x')), null, branch.code(), null, warnings(branch));
        }
    };

    /**
     * One item field as found: its barcode (null when missing), shelving, why it is gone (withdrawn, lost), if it
     * is, its branch and item type (codes, null when none), and what the import should warn of.
     */
    record Item(String barcode, String shelfMark, String location, String note, String gone, String branch,
                String itemType, List<FieldProblem> warnings) {
    }

    /** A subfield meant as a code: the code when it is one, else what is left over for the text (and a warning). */
    private record Coded(String code, String leftOver, FieldProblem warning) {
    }

    private final String tag;

    ItemFields(String tag) {
        this.tag = tag;
    }

    /** The mapping the request names ({@code 952}, {@code 949}, {@code 852}), or null for none. */
    static ItemFields named(String tag) {
        return tag == null ? null : Stream.of(values()).filter(f -> f.tag.equals(tag)).findFirst().orElseThrow();
    }

    String tag() {
        return tag;
    }

    List<Item> items(Record record) {
        var items = new ArrayList<Item>();
        for (var field : record.getVariableFields(tag)) {
            if (field instanceof DataField data) {
                items.add(item(data));
            }
        }
        return items;
    }

    abstract Item item(DataField field);

    private static String value(DataField field, char code) {
        var subfield = field.getSubfield(code);
        return subfield == null || subfield.getData() == null || subfield.getData().isBlank() ? null
                : subfield.getData().strip();
    }

    private static Coded code(DataField field, char code, String meaning) {
        String value = value(field, code);
        if (value == null || Code.isValid(value)) {
            return new Coded(value, null, null);
        }
        String keptIn = meaning.equals("branch") ? "location" : "note";
        return new Coded(null, value, new FieldProblem(field.getTag() + "$" + code, "Pattern", "the " + meaning
                + " \"" + value + "\" is not a code (" + Code.RULE + "): the copy is kept without it, the text in its "
                + keptIn));
    }

    private static List<FieldProblem> warnings(Coded... coded) {
        return Stream.of(coded).map(Coded::warning).filter(Objects::nonNull).toList();
    }

    private static boolean set(String status) {
        return status != null && !status.equals("0");
    }

    private static String labelled(String label, String value) {
        return value == null ? null : label + " " + value;
    }

    private static String join(String separator, String... values) {
        String joined = Stream.of(values).filter(Objects::nonNull).collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }
}
