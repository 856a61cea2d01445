package org.shelfwise.catalog.transfer;

import org.junit.jupiter.api.Test;
import org.marc4j.marc.DataField;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import java.io.IOException;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every real file in marc-samples imported through the API: no 500 and no file refused; the records skipped and
 * unreadable are the ones reading finds ({@link MarcSamplesReadingTest#EXPECTED}); every book the import made or
 * changed carries a title as yaz-marcdump converts the file's titles (no mojibake); and the 949 items of jazz_1k
 * become copies, each valid barcode once, with its library as the branch and its item type.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class MarcSamplesImportIT {

    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s/:;,=.]+$");
    private static final Pattern BARCODE = Pattern.compile("[A-Za-z0-9-]{1,32}");

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    @Test
    void importsEverySampleRecordByRecordWithoutMojibake() throws IOException {
        long checked = 0;
        long copies = 0;
        for (var entry : MarcSamplesReadingTest.EXPECTED.entrySet()) {
            String file = entry.getKey();
            int[] expected = entry.getValue();
            byte[] bytes = Files.readAllBytes(MarcSamplesReadingTest.SAMPLES.resolve(file));
            var started = Timestamp.from(Instant.now().minusMillis(1));
            boolean jazz = file.equals("evergreen/jazz_1k.mrc");
            var reply = Requests.send(port, "POST", "/api/books/imports?wait=true" + (jazz ? "&items=949" : ""),
                    file.endsWith(".xml") ? "application/marcxml+xml" : "application/marc",
                    HttpRequest.BodyPublishers.ofByteArray(bytes));
            assertThat(reply.status()).as(file + ": " + reply.text()).isEqualTo(200);
            var report = reply.body();
            assertThat(report.get("state").asString()).as(file).isEqualTo("done");
            long readable = expected[0];
            long skipped = expected[1];
            long unreadable = expected[2];
            assertThat(report.get("read").asLong()).as(file + " read").isEqualTo(readable + skipped + unreadable);
            assertThat(report.get("skipped").asLong()).as(file + " skipped").isEqualTo(skipped);
            long unreadableReported = StreamSupport.stream(report.get("problems").spliterator(), false)
                    .filter(p -> p.get("kind").asString().equals("rejected"))
                    .filter(p -> Set.of("unreadable", "record-length", "truncated", "no-fields", "xml", "leader")
                            .contains(p.get("rule").asString()))
                    .map(p -> p.get("record").asLong()).distinct().count();
            assertThat(unreadableReported).as(file + " unreadable records reported").isEqualTo(unreadable);
            long imported = report.get("created").asLong() + report.get("updated").asLong()
                    + report.get("unchanged").asLong();
            // records naming one ISBN twice in a batch are catalogued once: imported may fall short of the rest
            assertThat(imported + report.get("rejected").asLong()).as(file).isLessThanOrEqualTo(readable + unreadable);
            assertThat(report.get("rejected").asLong()).as(file).isGreaterThanOrEqualTo(unreadable);

            var titles = yazTitles(file);
            var changed = jdbc.sql("select title from book where updated_at >= ?").param(started).query(String.class).list();
            // ISBD punctuation is the mapping's to keep or drop ("16 ноября 1988 г."): compared without it on both sides
            assertThat(changed).as(file + ": titles of the books made or changed").allSatisfy(title ->
                    assertThat(titles).as(title).contains(clean(title)));
            checked += changed.size();
            if (jazz) {
                copies = report.get("copies").asLong();
                assertThat(copies).as("jazz copies").isEqualTo(validBarcodesOfImported(report));
                // every 949 names its library ($m) and item type ($t), each a code: each copy has both
                var made = jdbc.sql("select branch, item_type from copy where created_at >= ?").param(started)
                        .query().listOfRows();
                assertThat(made).as("jazz copies made").hasSize((int) copies);
                assertThat(made).extracting(row -> row.get("branch")).containsOnly("HUNTINGTON", "DESMARAIS");
                assertThat(made).extracting(row -> row.get("item_type")).doesNotContainNull()
                        .contains("SOUND", "MUSICSCORE", "BOOKS", "VIDEO");
            }
        }
        System.out.println("MarcSamplesImportIT: titles checked " + checked + ", jazz copies " + copies);
        assertThat(checked).as("books whose titles were checked").isGreaterThan(100);
        assertThat(copies).as("copies from jazz_1k's 949s").isPositive();
    }

    // the file's titles, read by yaz (ISO 2709) or as marc4j reads MARCXML, as a book keeps them (ISBD punctuation off)
    private static Set<String> yazTitles(String file) throws IOException {
        var titles = new HashSet<String>();
        byte[] all = Files.readAllBytes(MarcSamplesReadingTest.SAMPLES.resolve(file));
        for (var candidate : MarcSamplesReadingTest.read(file).readable()) {
            String title;
            if (file.endsWith(".xml")) {
                var field = (DataField) candidate.marc().getVariableField("245");
                title = field == null || field.getSubfield('a') == null ? null : field.getSubfield('a').getData();
            } else {
                int start = candidate.offset().intValue();
                int end = start;
                while (end < all.length && all[end] != MarcFrames.RECORD_TERMINATOR) {
                    end++;
                }
                byte[] record = Arrays.copyOfRange(all, start, Math.min(all.length, end + 1));
                boolean utf8 = record[9] == 'a' || candidate.warnings().stream()
                        .anyMatch(w -> w.message().contains("claims not to be UTF-8"));
                title = Yaz.read(record, utf8 ? "utf8" : "marc8").title();
                if (!candidate.warnings().isEmpty()) {
                    // repaired on reading: marc4j's repair, not yaz's, is the reference
                    var field = (DataField) candidate.marc().getVariableField("245");
                    titles.add(clean(field == null || field.getSubfield('a') == null ? null : field.getSubfield('a').getData()));
                }
            }
            titles.add(clean(title == null ? null : title.replace("&apos;", "'").replace("&amp;", "&")
                    .replace("&quot;", "\"")));
        }
        return titles;
    }

    private static String clean(String title) {
        return title == null ? null : TRAILING_PUNCTUATION.matcher(Yaz.nfc(title)).replaceAll("").strip();
    }

    private long validBarcodesOfImported(tools.jackson.databind.JsonNode report) throws IOException {
        var rejected = new HashSet<Long>();
        report.get("problems").forEach(p -> {
            if (p.get("kind").asString().equals("rejected")) {
                rejected.add(p.get("record").asLong());
            }
        });
        var barcodes = new LinkedHashSet<String>();
        for (var candidate : MarcSamplesReadingTest.read("evergreen/jazz_1k.mrc").readable()) {
            if (rejected.contains(candidate.number())) {
                continue;
            }
            ItemFields.FIELD_949.items(candidate.marc()).stream().map(ItemFields.Item::barcode)
                    .filter(b -> b != null && BARCODE.matcher(b).matches()).forEach(barcodes::add);
        }
        return barcodes.size();
    }
}
