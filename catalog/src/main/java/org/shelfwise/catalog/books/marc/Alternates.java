package org.shelfwise.catalog.books.marc;

import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;

import java.util.Locale;
import java.util.Optional;

/**
 * Numbers the 880 fields written beside regenerated ones: each pair shares an occurrence number ({@code 245} with
 * {@code $6 880-03}, its 880 with {@code $6 245-03}) that no other pair of the record uses.
 */
final class Alternates {

    private static final MarcFactory factory = MarcFactory.newInstance();

    private int last;
    private final boolean fixedField;

    Alternates(Record record) {
        for (var field : MarcFields.data(record, "880")) {
            MarcFields.linkage(field).map(link -> link.substring(4, 6)).filter(n -> n.matches("\\d\\d"))
                    .map(Integer::parseInt).ifPresent(n -> last = Math.max(last, n));
        }
        var fixed = MarcFields.control(record, "008").orElse("");
        fixedField = fixed.length() >= 38;
    }

    /** Whether the record has an 008 long enough to hold a year and the language of the work. */
    boolean hasFixedField() {
        return fixedField;
    }

    /** Links {@code field} to a new 880 holding {@code text} in {@code code}; empty when there is no text. */
    Optional<DataField> twin(DataField field, String text, char code) {
        if (text == null || last >= 99) {
            return Optional.empty();
        }
        String occurrence = String.format(Locale.ROOT, "%02d", ++last);
        field.addSubfield(0, factory.newSubfield('6', "880-" + occurrence));
        var twin = factory.newDataField("880", field.getIndicator1(), field.getIndicator2());
        twin.addSubfield(factory.newSubfield('6', field.getTag() + "-" + occurrence));
        twin.addSubfield(factory.newSubfield(code, text));
        return Optional.of(twin);
    }
}
