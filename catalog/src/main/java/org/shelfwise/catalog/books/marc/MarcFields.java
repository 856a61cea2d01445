package org.shelfwise.catalog.books.marc;

import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.marc4j.marc.Subfield;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Reading values out of a MARC record's fields: the subfields named, in order, without ISBD punctuation. */
final class MarcFields {

    // ISBD punctuation that closes a MARC subfield: "Pride and prejudice /", "London :", "Purgatoire."
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s/:;,=]+$");
    // a closing period that belongs to an abbreviation or initials stays: "2nd ed.", "193 p.", "O.T."
    private static final Pattern INITIAL = Pattern.compile("(^|[\\s.])\\p{Lu}\\.$");
    private static final Pattern FINAL_PERIOD = Pattern.compile("(?<=[^\\s.]{4})\\.$");

    private MarcFields() {
    }

    // the record's own lists, not marc4j's getVariableFields(tags), which formats the leader anew at every call
    static List<DataField> data(Record record, String... tags) {
        var fields = new ArrayList<DataField>();
        for (var field : record.getDataFields()) {
            for (var tag : tags) {
                if (tag.equals(field.getTag())) {
                    fields.add(field);
                    break;
                }
            }
        }
        return fields;
    }

    static Optional<String> control(Record record, String tag) {
        for (ControlField field : record.getControlFields()) {
            if (tag.equals(field.getTag())) {
                return Optional.ofNullable(field.getData());
            }
        }
        return Optional.empty();
    }

    /** The subfields of these codes in the field's order, cleaned, joined by a space; null when none has text. */
    static String join(DataField field, String codes) {
        return join(field, codes, " ");
    }

    static String join(DataField field, String codes, String separator) {
        String joined = values(field, codes).stream().collect(Collectors.joining(separator));
        return joined.isEmpty() ? null : joined;
    }

    static List<String> values(DataField field, String codes) {
        return field.getSubfields().stream().filter(s -> codes.indexOf(s.getCode()) >= 0).map(Subfield::getData)
                .map(MarcFields::clean).filter(value -> value != null && !value.isEmpty()).toList();
    }

    static String first(DataField field, char code) {
        var subfield = field.getSubfield(code);
        return subfield == null ? null : clean(subfield.getData());
    }

    static String clean(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = TRAILING_PUNCTUATION.matcher(value.strip()).replaceAll("");
        cleaned = TRAILING_PUNCTUATION.matcher(FINAL_PERIOD.matcher(cleaned).replaceAll("")).replaceAll("");
        return cleaned.isEmpty() ? null : cleaned;
    }

    /** A name without ISBD punctuation: its closing period goes unless it ends an initial ("Smith, J."). */
    static String name(String value) {
        String cleaned = clean(value);
        return cleaned != null && cleaned.endsWith(".") && !INITIAL.matcher(cleaned).find()
                ? clean(cleaned.substring(0, cleaned.length() - 1)) : cleaned;
    }

    /** The subfields of these codes as prose (a note, a summary): joined by a space, only stripped. */
    static String text(DataField field, String codes) {
        String joined = field.getSubfields().stream().filter(s -> codes.indexOf(s.getCode()) >= 0)
                .map(Subfield::getData).map(String::strip).filter(v -> !v.isEmpty()).collect(Collectors.joining(" "));
        return joined.isEmpty() ? null : joined;
    }

    /** A field's link to its alternate-script twin ($6 {@code 880-01}, or in the 880 {@code 245-01/(2/r}). */
    static Optional<String> linkage(DataField field) {
        var six = field.getSubfield('6');
        return six == null || six.getData().length() < 6 ? Optional.empty() : Optional.of(six.getData().substring(0, 6));
    }
}
