package org.shelfwise.catalog.transfer;

import org.junit.jupiter.api.Test;
import org.marc4j.MarcPermissiveStreamReader;
import org.marc4j.MarcStreamReader;
import org.marc4j.MarcStreamWriter;
import org.marc4j.MarcXmlReader;
import org.marc4j.marc.Record;
import org.marc4j.marc.VariableField;
import org.shelfwise.catalog.books.BulkCatalogue;
import org.shelfwise.catalog.books.ImportedRecord;
import org.shelfwise.catalog.books.MatchKey;
import org.shelfwise.catalog.books.marc.MarcMapping;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Real MARC files in and out: every field kept, edits replace only what they map to, re-imports match. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class MarcRecordsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    BulkCatalogue catalogue;
    @Autowired
    TransactionTemplate transactions;

    @Test
    void keepsEveryFieldOfAnImportedRecordAndMatchesItAgainByControlNumber() throws IOException {
        byte[] file = sample("evergreen/hebrew.marc");
        var first = importMarc(file);
        assertThat(first.body().get("rejected").asLong()).as(first.text()).isZero();
        assertThat(first.body().get("created").asLong()).isEqualTo(20);

        var again = importMarc(file);
        assertThat(again.body().get("created").asLong()).as("matched, never duplicated").isZero();
        assertThat(again.body().get("updated").asLong()).isZero();
        assertThat(again.body().get("unchanged").asLong()).isEqualTo(20);

        var original = read(file).getFirst();
        var id = bookWithControlNumber("13810341");
        var book = http().get("/api/books/" + id);
        assertThat(book.body().get("title").asString()).isEqualTo(MarcMapping.toDetails(original).title().main());
        assertThat(book.body().get("originalScriptTitle").asString()).startsWith("לתורה");
        assertThat(book.body().get("isbn").isNull()).isTrue();
        assertThat(book.body().get("identifiers").get("controlNumberSource").asString()).isEqualTo("OCoLC");

        var exported = exported("marc", "13810341");
        assertThat(fields(exported)).as("every field, local 9XX ones included").isEqualTo(fields(original));

        var patched = patch("/api/books/" + id, "\"" + book.body().get("version").asLong() + "\"",
                "{\"title\": \"La-Torah ṿela-moʻadim\", \"format\": \"serial\"}");
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        var edited = exported("marcxml", "13810341");
        assertThat(edited.getLeader().getTypeOfRecord()).isEqualTo('a');
        assertThat(edited.getLeader().getImplDefined1()[0]).isEqualTo('s');
        var untouched = fields(original).stream().filter(f -> !f.startsWith("245") && !f.contains("245-01")).toList();
        assertThat(fields(edited)).containsAll(untouched).anyMatch(f -> f.startsWith("245") && f.contains("ṿela"));
    }

    @Test
    void findsWordsInEveryScriptAndWithoutTheirDiacritics() throws IOException {
        importMarc(sample("perl4lib/cjk1.marc"));
        importMarc(sample("evergreen/hebrew.marc"));
        assertThat(titles("アイヌ")).contains("Kindaichi Kyōsuke to Ainugo");
        assertThat(titles("京助")).contains("Kindaichi Kyōsuke to Ainugo");
        assertThat(titles("kyosuke")).contains("Kindaichi Kyōsuke to Ainugo");
        assertThat(titles("הגיונות")).contains("La-Torah vela-moʻadim");

        var gebler = http().post("/api/books", "{\"title\": \"The projectionist\", \"authors\": [\"Gébler, Carlo\"]}");
        assertThat(gebler.status()).as(String.valueOf(gebler.body())).isEqualTo(201);
        assertThat(titles("Gebler")).contains("The projectionist");
        assertThat(titles("ge\u0301bler")).as("decomposed, as typed on some keyboards").contains("The projectionist");
    }

    @Test
    void aRecordMatchesItsBookFirstByControlNumberThenBySystemNumberThenByIsbn() {
        var records = read(sample("evergreen/badisbns.xml"));
        assertThat(records).hasSize(10);
        var leGuin = records.get(2);
        var outcomes = transactions.execute(status -> catalogue.upsert(List.of(imported(leGuin))));
        var bookId = outcomes.getFirst().bookId();
        var bySecondIsbn = http().get("/api/books?q=0553268473");
        assertThat(bySecondIsbn.body().get("content")).extracting(hit -> hit.get("id").asString())
                .containsExactly(bookId.toString());

        var byControlNumber = transactions.execute(status -> catalogue.upsert(List.of(imported(leGuin))));
        assertThat(byControlNumber.getFirst().bookId()).isEqualTo(bookId);
        assertThat(byControlNumber.getFirst().matchedBy()).isEqualTo(MatchKey.CONTROL_NUMBER);

        leGuin.removeVariableField(leGuin.getVariableField("001"));
        var byIsbn = transactions.execute(status -> catalogue.upsert(List.of(imported(leGuin), imported(leGuin))));
        assertThat(byIsbn).extracting(u -> u.bookId()).containsExactly(bookId, bookId);
        assertThat(byIsbn).extracting(u -> u.matchedBy()).containsExactly(MatchKey.ISBN, MatchKey.ISBN);
        assertThat(jdbc.sql("select count(*) from book_key where book_id = ?").param(bookId).query(Long.class).single())
                .as("its ISBNs; the control number it no longer has let go").isEqualTo(2);
    }

    @Test
    void importsSoundRecordingsWithoutIsbnAndFiltersByFormat() throws IOException {
        var report = importMarc(sample("evergreen/jazz_1k.mrc"));
        assertThat(report.body().get("rejected").asLong()).as(report.text()).isZero();
        var found = http().get("/api/books?q=" + encode("Friendly fire") + "&format=music_recording&facets=true");
        assertThat(found.body().get("content")).extracting(hit -> hit.get("title").asString()).contains("Friendly fire");
        assertThat(found.body().get("facets").get("formats").get(0).get("value").asString()).isEqualTo("MUSIC_RECORDING");
        var books = http().get("/api/books?q=" + encode("Friendly fire") + "&format=book");
        assertThat(books.body().get("content")).extracting(hit -> hit.get("title").asString()).doesNotContain("Friendly fire");
    }

    private ImportedRecord imported(Record record) {
        return new ImportedRecord(MarcMapping.toInput(record).toDetails(), record);
    }

    private List<String> titles(String q) {
        var found = http().get("/api/books?q=" + encode(q) + "&size=50");
        assertThat(found.status()).as(String.valueOf(found.body())).isEqualTo(200);
        return StreamSupport.stream(found.body().get("content").spliterator(), false)
                .map(hit -> hit.get("title").asString()).toList();
    }

    private String bookWithControlNumber(String number) {
        return jdbc.sql("select id::text from book where details -> 'identifiers' ->> 'controlNumber' = ? limit 1")
                .param(number).query(String.class).single();
    }

    private Record exported(String format, String controlNumber) {
        var reply = Requests.send(port, "GET", "/api/books/exports?format=" + format, null, HttpRequest.BodyPublishers.noBody());
        assertThat(reply.status()).isEqualTo(200);
        var in = new ByteArrayInputStream(reply.text().getBytes(StandardCharsets.UTF_8));
        var reader = format.equals("marc") ? new MarcStreamReader(in, "UTF-8") : new MarcXmlReader(in);
        while (reader.hasNext()) {
            var record = reader.next();
            var control = record.getControlNumberField();
            if (control != null && control.getData().equals(controlNumber)) {
                return record;
            }
        }
        throw new AssertionError("no record " + controlNumber + " in the export");
    }

    private HttpJson.Response importMarc(byte[] file) {
        var reply = Requests.send(port, "POST", "/api/books/imports?wait=true", "application/marc",
                HttpRequest.BodyPublishers.ofByteArray(file));
        assertThat(reply.status()).as(reply.text()).isEqualTo(200);
        return reply;
    }

    private static List<Record> read(byte[] file) {
        var records = new ArrayList<Record>();
        InputStream in = new ByteArrayInputStream(file);
        var reader = new MarcStreamReader(in, "UTF-8");
        while (reader.hasNext()) {
            records.add(reader.next());
        }
        return records;
    }

    private static List<String> fields(Record record) {
        return record.getVariableFields().stream().map(VariableField::toString).toList();
    }

    /**
     * A sample file as UTF-8 ISO 2709, its text composed (NFC): reading MARC-8 is the import reader's part, and this
     * test is about what the catalogue does with the records it is handed.
     */
    private static byte[] sample(String file) {
        try (var in = MarcRecordsIT.class.getResourceAsStream("/marc-samples/" + file)) {
            var reader = file.endsWith(".xml") ? new MarcXmlReader(in) : new MarcPermissiveStreamReader(in, true, true);
            var out = new ByteArrayOutputStream();
            var writer = new MarcStreamWriter(out, "UTF-8");
            while (reader.hasNext()) {
                var record = reader.next();
                record.getLeader().setCharCodingScheme('a');
                for (var field : record.getDataFields()) {
                    field.getSubfields().forEach(s -> s.setData(Normalizer.normalize(s.getData(), Normalizer.Form.NFC)));
                }
                writer.write(record);
            }
            writer.close();
            return out.toByteArray();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String q) {
        return URLEncoder.encode(q, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> patch(String path, String etag, String body) {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/merge-patch+json").header("If-Match", etag)
                .header("Authorization", "Bearer " + TestTokens.librarian()).build();
        try {
            return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private HttpJson http() {
        return new HttpJson(port, TestTokens.librarian());
    }
}
