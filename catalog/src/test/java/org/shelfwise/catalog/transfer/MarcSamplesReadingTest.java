package org.shelfwise.catalog.transfer;

import org.junit.jupiter.api.Test;
import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every real file in marc-samples read as an import reads it: how many records are bibliographic and readable,
 * skipped as not bibliographic, or unreadable; and every readable ISO 2709 record's title and first contributor
 * as Debian's yaz-marcdump converts them (MARC-8 or UTF-8 by the record's own leader/09), so no text is mojibake.
 */
class MarcSamplesReadingTest {

    static final Path SAMPLES = Path.of("src/test/resources/marc-samples");

    /** readable, skipped, unreadable; decided from MANIFEST.tsv, yaz-marcdump -n -v and reading the files. */
    static final Map<String, int[]> EXPECTED = new TreeMap<>(Map.ofEntries(
            // the 4th record is 1,096,887 bytes, beyond ISO 2709's 99,999: its directory offsets stick at 99999
            Map.entry("marc4j/bad_hathi_records.mrc", new int[] {4, 0, 1}),
            // damaged directories and invalid UTF-8 in 74 records, all repairable: read with warnings
            Map.entry("marc4j/pride-and-prejudice-with-many-errors.mrc", new int[] {383, 0, 0}),
            Map.entry("marc4j/pride-and-prejudice-fixed.mrc", new int[] {383, 0, 0}),
            Map.entry("marc4j/chinese_mangled_multibyte.mrc", new int[] {4, 0, 0}),
            Map.entry("marc4j/cyrillic_capital_e.mrc", new int[] {2, 0, 0}),
            Map.entry("marc4j/greekmissingcharsetchange.mrc", new int[] {3, 0, 0}),
            // record 1 is 123,375 bytes: too long for ISO 2709; records 2 and 3 are fine
            Map.entry("marc4j/bad_too_long_plus_2.mrc", new int[] {2, 0, 1}),
            Map.entry("marc4j/bad_oversize_field_bad_directory.mrc", new int[] {5, 0, 0}),
            Map.entry("marc4j/bad_leaders_10_11.mrc", new int[] {1, 0, 0}),
            // one record of 214,804 bytes with 13-byte directory entries
            Map.entry("marc4j/datos-20161010-slice.mrc", new int[] {0, 0, 1}),
            Map.entry("marc4j/065001035.mrc", new int[] {40, 0, 0}),
            Map.entry("marc4j/brkrtest.mrc", new int[] {8, 0, 0}),
            // 9 records, of which 5 are holdings records (leader/06 y, x, v, u)
            Map.entry("marc4j/sample1a.xml", new int[] {4, 5, 0}),
            // marc4j reads the subfield without a code attribute as one with an empty code
            Map.entry("marc4j/chabon-missing-subfield-code.xml", new int[] {1, 0, 0}),
            Map.entry("pymarc/marc.dat", new int[] {20, 0, 0}),
            // cp1251 bytes under a MARC-8 leader: read, with each code MARC-8 lacks as U+FFFD and a warning
            Map.entry("pymarc/1251.dat", new int[] {6, 0, 0}),
            // 8 records: 2, 3, 5 and 6 have directories or leaders no reader can follow, 7 has no fields
            Map.entry("pymarc/bad_records.mrc", new int[] {3, 0, 5}),
            Map.entry("pymarc/utf8_invalid.mrc", new int[] {1, 0, 0}),
            Map.entry("pymarc/regression45.dat", new int[] {12, 0, 0}),
            Map.entry("pymarc/batch.xml", new int[] {2, 0, 0}),
            // leader/09 '0' and lengths off: both records read, with warnings
            Map.entry("ruby-marc/cp866_multirecord.marc", new int[] {2, 0, 0}),
            Map.entry("ruby-marc/marc_with_bad_utf8.utf8.marc", new int[] {1, 0, 0}),
            // the 2nd record breaks the XML (a control character in an attribute): the rest cannot be parsed
            Map.entry("ruby-marc/three-records-second-bad.xml", new int[] {1, 0, 1}),
            Map.entry("evergreen/jazz_1k.mrc", new int[] {1000, 0, 0}),
            Map.entry("evergreen/lul_fre_500.mrc", new int[] {500, 0, 0}),
            Map.entry("evergreen/hebrew.marc", new int[] {20, 0, 0}),
            Map.entry("evergreen/nepali.marc", new int[] {96, 0, 0}),
            Map.entry("evergreen/FSL.marc", new int[] {52, 0, 0}),
            Map.entry("evergreen/oss.marc", new int[] {42, 0, 0}),
            Map.entry("evergreen/badisbns.xml", new int[] {10, 0, 0}),
            Map.entry("perl4lib/cjk1.marc", new int[] {1, 0, 0}),
            Map.entry("perl4lib/cyrillic.marc", new int[] {1, 0, 0}),
            Map.entry("perl4lib/hebrew2.marc", new int[] {1, 0, 0})));

    @Test
    void readsEverySampleRecordByRecordAsItsContentWarrants() throws IOException {
        var manifest = Files.readAllLines(SAMPLES.resolve("MANIFEST.tsv"));
        var files = manifest.subList(1, manifest.size()).stream().map(line -> line.split("\t")[0]).sorted().toList();
        assertThat(files).as("every sample has its expected counts").containsExactlyElementsOf(EXPECTED.keySet());
        for (String file : files) {
            var read = read(file);
            assertThat(new int[] {read.readable.size(), read.skipped, read.unreadable}).as(file)
                    .containsExactly(EXPECTED.get(file));
        }
    }

    @Test
    void readsTitleAndFirstContributorAsYazConvertsThemInNfc() throws IOException {
        int compared = 0;
        for (String file : EXPECTED.keySet()) {
            if (file.endsWith(".xml")) {
                continue;
            }
            byte[] all = Files.readAllBytes(SAMPLES.resolve(file));
            for (var candidate : read(file).readable) {
                int start = candidate.offset().intValue();
                int end = start;
                while (end < all.length && all[end] != MarcFrames.RECORD_TERMINATOR) {
                    end++;
                }
                byte[] bytes = Arrays.copyOfRange(all, start, Math.min(all.length, end + 1));
                if (repaired(candidate)) {
                    // bytes invalid in the record's set: yaz drops or maps them its own way, we put U+FFFD
                    assertThat(candidate.warnings()).as(file + " #" + candidate.number()).isNotEmpty();
                    continue;
                }
                // FSL.marc's leaders say MARC-8 but its bytes are UTF-8 (its README says so): marc4j sees it and warns
                boolean utf8 = bytes[9] == 'a' || candidate.warnings().stream()
                        .anyMatch(w -> w.message().contains("claims not to be UTF-8"));
                var yaz = Yaz.read(bytes, utf8 ? "utf8" : "marc8");
                String where = file + " record " + candidate.number();
                assertThat(Yaz.nfc(subfield(candidate.marc(), 'a', "245"))).as(where + " title")
                        .isEqualTo(unescaped(yaz.title()));
                String contributor = subfield(candidate.marc(), 'a', "100", "110", "111");
                assertThat(Yaz.nfc(contributor != null ? contributor : subfield(candidate.marc(), 'a', "700")))
                        .as(where + " first contributor").isEqualTo(unescaped(yaz.contributor()));
                compared++;
            }
        }
        assertThat(compared).as("records compared with yaz").isGreaterThan(2_400);
    }

    // marc4j's permissive reader un-escapes HTML entities some exports left in subfields ("Austen&apos;s"); yaz does not
    private static String unescaped(String value) {
        return value == null ? null : value.replace("&apos;", "'").replace("&quot;", "\"").replace("&lt;", "<")
                .replace("&gt;", ">").replace("&amp;", "&");
    }

    // a record whose bytes were repaired (invalid in its set, or a directory marc4j had to reinterpret) reads as
    // marc4j repaired it, which need not be yaz's repair
    private static boolean repaired(Candidate candidate) {
        return candidate.warnings().stream().anyMatch(w -> !w.message().contains("claims not to be UTF-8"));
    }

    record Read(List<Candidate> readable, int skipped, int unreadable) {
    }

    static Read read(String file) throws IOException {
        var readable = new ArrayList<Candidate>();
        int skipped = 0;
        int unreadable = 0;
        try (InputStream in = Files.newInputStream(SAMPLES.resolve(file))) {
            RecordReader records = file.endsWith(".xml") ? MarcRecords.marcxml(in, 0) : MarcRecords.iso2709(in, 0, 0);
            for (var candidate = records.next(); candidate != null; candidate = records.next()) {
                if (candidate.skipped() != null) {
                    skipped++;
                } else if (candidate.input() == null) {
                    unreadable++;
                } else {
                    readable.add(candidate);
                }
            }
        }
        return new Read(readable, skipped, unreadable);
    }

    private static String subfield(Record record, char code, String... tags) {
        for (String tag : tags) {
            for (var field : record.getVariableFields(tag)) {
                var subfield = ((DataField) field).getSubfield(code);
                if (subfield != null) {
                    return subfield.getData();
                }
            }
        }
        return null;
    }
}
