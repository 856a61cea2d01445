package org.shelfwise.catalog.transfer;

import org.junit.jupiter.api.Test;
import org.marc4j.MarcStreamWriter;
import org.marc4j.MarcWriter;
import org.marc4j.MarcXmlWriter;
import org.marc4j.marc.MarcFactory;
import org.shelfwise.catalog.Isbns;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.function.Function;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class ImportExportIT {

    static final String HEADER = "isbn,title,subtitle,authors,publisher,publicationYear,language,subjects,description,edition\n";

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;

    HttpJson.Response send(String method, String path, String contentType, HttpRequest.BodyPublisher body) {
        return Requests.send(port, method, path, contentType, body);
    }

    HttpJson.Response importCsv(String csv) {
        return send("POST", "/api/books/imports?wait=true", "text/csv", HttpRequest.BodyPublishers.ofString(csv));
    }

    HttpJson.Response importBytes(String type, byte[] bytes) {
        return send("POST", "/api/books/imports?wait=true", type, HttpRequest.BodyPublishers.ofByteArray(bytes));
    }

    long books(String... isbns) {
        return jdbc.sql("select count(*) from book where isbn in (:isbns)").param("isbns", java.util.List.of(isbns))
                .query(Long.class).single();
    }

    @Test
    void importsValidRowsReportsEachRejectedOneAndReimportsWithoutDuplicates() {
        String a = Isbns.unique(), b = Isbns.unique(), c = Isbns.unique();
        String csv = HEADER
                + a + ",Middlemarch,A Study of Provincial Life,George Eliot,Penguin,1871,en,England -- Fiction|Marriage,,\n"
                + "9780141439519,Bad checksum,,Nobody,,,,,,\n"
                + b + ",\"Silas Marner, the Weaver\",,George Eliot,,1861,eng,,,\n"
                + Isbns.unique() + ",,,Nobody,,,,,,\n"
                + Isbns.unique() + ",Unknown language,,Nobody,,,xx,,,\n"
                + Isbns.unique() + ",Bad year,,Nobody,,soon,,,,\n"
                + c + ",Adam Bede,,George Eliot|Anonymous,,1859,,,,\n";
        var report = importCsv(csv);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body().get("read").asLong()).isEqualTo(7);
        assertThat(report.body().get("created").asLong()).isEqualTo(3);
        assertThat(report.body().get("rejected").asLong()).isEqualTo(4);
        assertThat(report.body().get("problems").toString())
                .contains("{\"record\":2,\"field\":\"isbn\",\"rule\":\"ValidIsbn\"")
                .contains("{\"record\":4,\"field\":\"title\",\"rule\":\"NotBlank\"")
                .contains("{\"record\":5,\"field\":\"language\",\"rule\":\"ValidLanguage\"")
                .contains("{\"record\":6,\"field\":\"publicationYear\",\"rule\":\"type\"");
        assertThat(jdbc.sql("select subjects[2] from book where isbn = ?").param(a).query(String.class).single()).isEqualTo("Marriage");

        var again = importCsv(csv);
        assertThat(again.body().get("created").asLong()).isZero();
        assertThat(again.body().get("unchanged").asLong()).isEqualTo(3);
        var edited = importCsv(csv.replace("Adam Bede", "Adam Bede (revised)"));
        assertThat(edited.body().get("updated").asLong()).isEqualTo(1);
        assertThat(books(a, b, c)).isEqualTo(3);
        assertThat(jdbc.sql("select version from book where isbn = ?").param(c).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void readsMarc21InIso2709AndMarcxml() {
        String isbn13 = Isbns.unique();
        byte[] iso2709 = marc(out -> new MarcStreamWriter(out, "UTF-8"), isbn13);
        var report = importBytes("application/marc", iso2709);
        assertThat(report.status()).isEqualTo(200);
        assertThat(report.body().get("created").asLong()).as(report.text()).isEqualTo(1);
        var book = jdbc.sql("select title, subtitle, authors[1] as author, publication_year, language, subjects[1] as subject "
                + "from book where isbn = ?").param(isbn13).query().singleRow();
        assertThat(book).containsEntry("title", "Pride and prejudice").containsEntry("subtitle", "a novel")
                .containsEntry("author", "Austen, Jane").containsEntry("publication_year", 1813)
                .containsEntry("language", "en").containsEntry("subject", "Courtship -- Fiction");

        String other = Isbns.unique();
        var xml = importBytes("application/marcxml+xml", marc(out -> new MarcXmlWriter(out, "UTF-8", true), other));
        assertThat(xml.body().get("created").asLong()).as(xml.text()).isEqualTo(1);
        assertThat(books(other)).isEqualTo(1);
    }

    @Test
    void exportsWhatItImportsInEveryFormatAndReimportsItUnchanged() {
        String isbn = Isbns.unique();
        importCsv(HEADER + isbn + ",Daniel Deronda,,George Eliot,,1876,en,Jews -- Fiction,,\n");
        var csv = send("GET", "/api/books/exports?format=csv", null, HttpRequest.BodyPublishers.noBody());
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).startsWith(HEADER.strip()).contains(isbn + ",Daniel Deronda,,George Eliot,,1876,en,Jews -- Fiction,,");

        for (var format : new String[][] {{"marc", "application/marc"}, {"marcxml", "application/marcxml+xml"}}) {
            var exported = send("GET", "/api/books/exports?format=" + format[0], null, HttpRequest.BodyPublishers.noBody());
            assertThat(exported.status()).isEqualTo(200);
            var reimported = importBytes(format[1], exported.text().getBytes(StandardCharsets.UTF_8));
            assertThat(reimported.body().get("rejected").asLong()).as(reimported.text()).isZero();
            assertThat(reimported.body().get("created").asLong()).isZero();
            assertThat(reimported.body().get("updated").asLong()).as(format[0] + " round trip").isZero();
        }
        assertThat(send("GET", "/api/books/exports?format=pdf", null, HttpRequest.BodyPublishers.noBody()).status()).isEqualTo(400);
    }

    @Test
    void importsTheRecordsAroundABreakAndRefusesAFileItCannotStartToRead() {
        String early = Isbns.unique();
        var broken = importCsv(HEADER + early + ",Fine,,A,,,,,,\n" + Isbns.unique() + ",\"Unclosed quote,,A,,,,,,\n");
        assertThat(broken.status()).isEqualTo(200);
        assertThat(broken.body().get("rejected").asLong()).isEqualTo(1);
        assertThat(broken.body().get("problems").get(0).get("rule").asString()).isEqualTo("csv");
        assertThat(books(early)).as("the valid record before the break is kept").isEqualTo(1);

        long jobs = jdbc.sql("select count(*) from import_job").query(Long.class).single();
        var header = importCsv("isbn;title;authors\n" + Isbns.unique() + ";T;A\n");
        assertThat(header.status()).isEqualTo(400);
        assertThat(header.body().get("errors").get(0).get("rule").asString()).isEqualTo("csv-header");
        assertThat(jdbc.sql("select count(*) from import_job").query(Long.class).single()).as("nothing stored").isEqualTo(jobs);

        String whole = Isbns.unique();
        byte[] marc = marc(out -> new MarcStreamWriter(out, "UTF-8"), whole);
        byte[] truncated = java.util.Arrays.copyOf(marc, marc.length / 2);
        byte[] both = new byte[marc.length + truncated.length];
        System.arraycopy(marc, 0, both, 0, marc.length);
        System.arraycopy(truncated, 0, both, marc.length, truncated.length);
        var cut = importBytes("application/marc", both);
        assertThat(cut.status()).isEqualTo(200);
        assertThat(cut.body().get("created").asLong()).isEqualTo(1);
        assertThat(cut.body().get("problems").get(0).toString())
                .contains("\"record\":2,\"field\":\"record\",\"rule\":\"truncated\"")
                .contains("\"offset\":" + marc.length);
        assertThat(importBytes("application/pdf", marc).status()).isEqualTo(415);
    }

    @Test
    void streamsAFileOfUnknownLength() {
        int rows = 5_000;
        Iterator<InputStream> lines = IntStream.range(0, rows).mapToObj(i ->
                (InputStream) new java.io.ByteArrayInputStream((Isbns.unique() + ",Streamed " + i + ",,Author " + i + ",,,,,,\n")
                        .getBytes(StandardCharsets.UTF_8))).iterator();
        InputStream file = new SequenceInputStream(new java.io.ByteArrayInputStream(HEADER.getBytes(StandardCharsets.UTF_8)),
                new SequenceInputStream(new java.util.Enumeration<>() {
                    public boolean hasMoreElements() {
                        return lines.hasNext();
                    }

                    public InputStream nextElement() {
                        return lines.next();
                    }
                }));
        // no Content-Length: the body arrives chunked, as a file of unknown size would
        var streamed = send("POST", "/api/books/imports?wait=true", "text/csv", HttpRequest.BodyPublishers.ofInputStream(() -> file));
        assertThat(streamed.status()).isEqualTo(200);
        assertThat(streamed.body().get("created").asLong() + streamed.body().get("unchanged").asLong()).isEqualTo(rows);
    }

    @Test
    void importsInTheBackgroundAndShowsItsProgress() {
        var csv = new StringBuilder(HEADER);
        int rows = 2_500;
        for (int i = 0; i < rows; i++) {
            csv.append(Isbns.unique()).append(",In the background ").append(i).append(",,Someone,,,,,,\n");
        }
        var accepted = send("POST", "/api/books/imports", "text/csv", HttpRequest.BodyPublishers.ofString(csv.toString()));
        assertThat(accepted.status()).isEqualTo(202);
        String job = "/api/books/imports/" + accepted.body().get("id").asString();
        assertThat(accepted.body().get("progress").get("totalRecords").asLong()).isEqualTo(rows);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofMinutes(2))
                .until(() -> send("GET", job, null, HttpRequest.BodyPublishers.noBody()).body().get("state").asString(),
                        "done"::equals);
        var done = send("GET", job, null, HttpRequest.BodyPublishers.noBody()).body();
        assertThat(done.get("created").asLong()).isEqualTo(rows);
        assertThat(done.get("progress").get("records").asLong()).isEqualTo(rows);
        assertThat(done.get("progress").get("bytes").asLong()).isEqualTo(done.get("progress").get("totalBytes").asLong());
    }

    static byte[] marc(Function<ByteArrayOutputStream, MarcWriter> writerFor, String isbn13) {
        var factory = MarcFactory.newInstance();
        var record = factory.newRecord();
        record.getLeader().setCharCodingScheme('a');
        record.addVariableField(factory.newControlField("008", "850101s1813    enk           000 1 eng d"));
        var isbnField = factory.newDataField("020", ' ', ' ');
        isbnField.addSubfield(factory.newSubfield('a', isbn13 + " (pbk.)"));
        record.addVariableField(isbnField);
        var author = factory.newDataField("100", '1', ' ');
        author.addSubfield(factory.newSubfield('a', "Austen, Jane,"));
        record.addVariableField(author);
        var title = factory.newDataField("245", '1', '0');
        title.addSubfield(factory.newSubfield('a', "Pride and prejudice :"));
        title.addSubfield(factory.newSubfield('b', "a novel /"));
        record.addVariableField(title);
        var publication = factory.newDataField("264", ' ', '1');
        publication.addSubfield(factory.newSubfield('b', "T. Egerton,"));
        publication.addSubfield(factory.newSubfield('c', "1813."));
        record.addVariableField(publication);
        var subject = factory.newDataField("650", ' ', '0');
        subject.addSubfield(factory.newSubfield('a', "Courtship"));
        subject.addSubfield(factory.newSubfield('x', "Fiction."));
        record.addVariableField(subject);
        var out = new ByteArrayOutputStream();
        var writer = writerFor.apply(out);
        writer.write(record);
        writer.close();
        return out.toByteArray();
    }
}
