package org.shelfwise.catalog.books.marc;

import org.marc4j.MarcPermissiveStreamReader;
import org.marc4j.MarcReader;
import org.marc4j.MarcXmlReader;
import org.marc4j.marc.Record;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/** The real MARC files of {@code marc-samples/}, read as the import reads them (MARC-8 converted to Unicode). */
final class MarcSamples {

    private MarcSamples() {
    }

    static List<Record> read(String file) {
        try (InputStream in = MarcSamples.class.getResourceAsStream("/marc-samples/" + file)) {
            if (in == null) {
                throw new IllegalArgumentException("no sample " + file);
            }
            MarcReader reader = file.endsWith(".xml") ? new MarcXmlReader(in) : new MarcPermissiveStreamReader(in, true, true);
            var records = new ArrayList<Record>();
            while (reader.hasNext()) {
                records.add(composed(reader.next()));
            }
            return records;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** With its text composed (NFC), as the import hands records on: marc4j's MARC-8 conversion leaves it decomposed. */
    private static Record composed(Record record) {
        for (var field : record.getDataFields()) {
            for (var subfield : field.getSubfields()) {
                subfield.setData(Normalizer.normalize(subfield.getData(), Normalizer.Form.NFC));
            }
        }
        return record;
    }

    static Record first(String file) {
        return read(file).getFirst();
    }
}
