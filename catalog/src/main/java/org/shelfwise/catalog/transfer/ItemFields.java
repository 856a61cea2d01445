package org.shelfwise.catalog.transfer;

import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Where a MARC export keeps its item (copy) fields, named by the import's {@code items=} parameter: Koha's 952
 * ($p barcode, $o call number and $h volume, $a home branch, $c shelving location, $z public and $x staff note;
 * $0 withdrawn or $1 lost: not made a copy; $7 not for loan: in the note), the 949 of many
 * older systems ($i barcode, $a call number, $m library, $l location, $t item type) and MARC 21 holdings 852
 * ($p barcode, $h $i call number, $a $b $c location, $z public and $x staff note). An item type has no place on a
 * copy yet: it goes into the note.
 */
enum ItemFields {

    KOHA_952("952") {
        @Override
        Item item(DataField f) {
            // $0 withdrawn and $1 lost hold a status code, 0 for none: such an item is no copy on the shelf
            String gone = set(value(f, '0')) ? "withdrawn" : set(value(f, '1')) ? "lost" : null;
            return new Item(value(f, 'p'), join(" ", value(f, 'o'), value(f, 'h')), join(" / ", value(f, 'a'), value(f, 'c')),
                    join("; ", value(f, 'z'), value(f, 'x'), labelled("type", value(f, 'y')),
                            set(value(f, '7')) ? "not for loan" : null), gone);
        }
    },
    FIELD_949("949") {
        @Override
        Item item(DataField f) {
            return new Item(value(f, 'i'), join(" ", value(f, 'a')), join(" / ", value(f, 'm'), value(f, 'l')),
                    labelled("type", value(f, 't')), null);
        }
    },
    HOLDINGS_852("852") {
        @Override
        Item item(DataField f) {
            return new Item(value(f, 'p'), join(" ", value(f, 'h'), value(f, 'i')),
                    join(" / ", value(f, 'a'), value(f, 'b'), value(f, 'c')), join("; ", value(f, 'z'), value(f, 'x')),
                    null);
        }
    };

    /** One item field as found: its barcode (null when missing), shelving, and why it is gone (withdrawn, lost), if it is. */
    record Item(String barcode, String shelfMark, String location, String note, String gone) {
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
