package org.shelfwise.catalog.transfer;

import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.junit.jupiter.api.Test;
import org.marc4j.MarcStreamWriter;
import org.marc4j.marc.MarcFactory;
import org.shelfwise.catalog.Isbns;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.shelfwise.catalog.transfer.ImportExportIT.HEADER;

/**
 * Import jobs driven by hand: no background runner in this context, so a test claims and runs a job itself, as
 * two instances would, stops one mid-way and lets the other take over.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"shelfwise.import.runner=false", "shelfwise.import.batch-size=10"})
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class ImportJobsIT {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Value("${spring.kafka.bootstrap-servers}")
    String kafka;
    @Autowired
    ImportJobs jobs;
    @Autowired
    BookImport bookImport;
    @Autowired
    ImportRunner runner;

    HttpJson.Response send(String method, String path, String contentType, byte[] body) {
        return Requests.send(port, method, path, contentType, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(body));
    }

    List<String> isbns(int n) {
        var isbns = new ArrayList<String>();
        for (int i = 0; i < n; i++) {
            isbns.add(Isbns.unique());
        }
        return isbns;
    }

    byte[] csv(List<String> isbns) {
        var csv = new StringBuilder(HEADER);
        isbns.forEach(isbn -> csv.append(isbn).append(",Title ").append(isbn).append(",,An Author,,,,,,\n"));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    UUID queue(String type, byte[] body) {
        var queued = send("POST", "/api/books/imports", type, body);
        assertThat(queued.status()).as(queued.text()).isEqualTo(202);
        assertThat(queued.body().get("state").asString()).isEqualTo("queued");
        return UUID.fromString(queued.body().get("id").asString());
    }

    ImportJobs.Claim claim(UUID id) {
        // other tests' jobs may wait too: claim until this one comes
        for (var claim = jobs.claimNext(runner.owner(), bookImport.lease()); claim.isPresent();
             claim = jobs.claimNext(runner.owner(), bookImport.lease())) {
            if (claim.get().id().equals(id)) {
                return claim.get();
            }
            jobs.cancel(claim.get().id());
        }
        throw new AssertionError("job " + id + " cannot be claimed");
    }

    long books(List<String> isbns) {
        return jdbc.sql("select count(*) from book where isbn in (:isbns)").param("isbns", isbns).query(Long.class).single();
    }

    @Test
    void anotherRunnerTakesOverAfterTheLeaseExpiresAndImportsEveryRecordOnce() {
        var isbns = isbns(45);
        var id = queue("text/csv", csv(isbns));
        var first = claim(id);
        int[] batches = {0};
        assertThat(bookImport.run(first, () -> batches[0]++ < 2)).as("stopped mid-way").isFalse();
        var halfway = jobs.find(id, 0).orElseThrow();
        assertThat(halfway.state()).isEqualTo("running");
        assertThat(halfway.read()).isEqualTo(20);
        assertThat(books(isbns)).isEqualTo(20);
        assertThat(jobs.claimNext(runner.owner(), bookImport.lease())).as("the lease still holds").isEmpty();

        jdbc.sql("update import_job set lease_until = now() - interval '1 second' where id = ?").param(id).update();
        var second = claim(id);
        assertThat(second.records()).isEqualTo(20);
        assertThatThrownBy(() -> bookImport.run(first, () -> true)).as("the first runner lost its job")
                .isInstanceOf(BookImport.LeaseLost.class);
        assertThat(jobs.find(id, 0).orElseThrow().read()).as("its batch rolled back").isEqualTo(20);

        assertThat(bookImport.run(second, () -> true)).isTrue();
        var done = send("GET", "/api/books/imports/" + id, null, null).body();
        assertThat(done.get("state").asString()).isEqualTo("done");
        assertThat(done.get("read").asLong()).isEqualTo(45);
        assertThat(done.get("created").asLong()).isEqualTo(45);
        assertThat(done.get("updated").asLong() + done.get("unchanged").asLong()).isZero();
        assertThat(books(isbns)).isEqualTo(45);
        assertThat(jdbc.sql("select count(*) from book where isbn in (:isbns) and version = 0").param("isbns", isbns)
                .query(Long.class).single()).as("no record imported twice").isEqualTo(45);
        assertThat(jdbc.sql("select count(*) from import_file_chunk where job_id = ?").param(id).query(Long.class).single())
                .as("the file goes once imported").isZero();
    }

    @Test
    void aTakeoverOfAMarcImportResumesAtTheByteOffsetOfItsCheckpoint() {
        var isbns = isbns(35);
        var out = new ByteArrayOutputStream();
        var utf8 = new MarcStreamWriter(out, "UTF-8");
        isbns.forEach(isbn -> utf8.write(record(isbn, "R\u00e9cit " + isbn)));
        utf8.close();
        var id = queue("application/marc", out.toByteArray());
        var first = claim(id);
        int[] batches = {0};
        bookImport.run(first, () -> batches[0]++ < 2);
        jdbc.sql("update import_job set lease_until = now() - interval '1 second' where id = ?").param(id).update();
        var second = claim(id);
        assertThat(second.records()).isEqualTo(20);
        assertThat(second.bytes()).as("the checkpoint is where record 21 starts").isEqualTo(out.toByteArray().length * 20L / 35);
        assertThat(bookImport.run(second, () -> true)).isTrue();
        var done = jobs.find(id, 10).orElseThrow();
        assertThat(done.created()).isEqualTo(35);
        assertThat(done.problems()).isEmpty();
        assertThat(jdbc.sql("select count(*) from book where isbn in (:isbns) and version = 0").param("isbns", isbns)
                .query(Long.class).single()).isEqualTo(35);
    }

    @Test
    void twoRunnersRacingForOneJobNeverBothGetIt() throws Exception {
        var id = queue("text/csv", csv(isbns(3)));
        jdbc.sql("update import_job set state = 'CANCELLED' where id <> ? and state in ('QUEUED', 'RUNNING')").param(id).update();
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var threads = java.util.concurrent.Executors.newFixedThreadPool(4)) {
            var claims = new ArrayList<java.util.concurrent.Future<java.util.Optional<ImportJobs.Claim>>>();
            for (int i = 0; i < 4; i++) {
                claims.add(threads.submit(() -> {
                    start.await();
                    return jobs.claimNext(runner.owner(), bookImport.lease());
                }));
            }
            start.countDown();
            long won = 0;
            for (var claim : claims) {
                won += claim.get().isPresent() ? 1 : 0;
            }
            assertThat(won).isEqualTo(1);
        }
        assertThat(jdbc.sql("select attempts from import_job where id = ?").param(id).query(Integer.class).single()).isEqualTo(1);
    }

    @Test
    void aCancelledJobStopsAfterItsLastCommittedBatchAndCannotBeCancelledTwice() {
        var isbns = isbns(30);
        var id = queue("text/csv", csv(isbns));
        var claim = claim(id);
        int[] batches = {0};
        bookImport.run(claim, () -> batches[0]++ < 1);
        var cancelled = send("POST", "/api/books/imports/" + id + "/cancellation", null, null);
        assertThat(cancelled.status()).isEqualTo(200);
        assertThat(cancelled.body().get("state").asString()).isEqualTo("cancelled");
        assertThatThrownBy(() -> bookImport.run(claim, () -> true)).isInstanceOf(BookImport.LeaseLost.class);
        assertThat(books(isbns)).isEqualTo(10);
        assertThat(send("DELETE", "/api/books/imports/" + id, null, null).status()).isEqualTo(409);
        assertThat(send("GET", "/api/books/imports/" + UUID.randomUUID(), null, null).status()).isEqualTo(404);
    }

    @Test
    void publishesABookAddedPerRecordAndACopyAddedPerItemThroughTheOutbox() {
        // 12 records in batches of 10: each batch's events are written together, every event still one of its own
        var isbns = isbns(12);
        String tag = UUID.randomUUID().toString().substring(0, 8);
        var out = new ByteArrayOutputStream();
        var writer = new MarcStreamWriter(out, "UTF-8");
        for (int i = 0; i < isbns.size(); i++) {
            writer.write(record(isbns.get(i), "Evented " + i, item("EV" + tag + "-" + i, "823", "Fiction", "Central")));
        }
        writer.close();
        var done = send("POST", "/api/books/imports?wait=true&items=949", "application/marc", out.toByteArray());
        assertThat(done.body().get("copies").asLong()).as(done.text()).isEqualTo(12);
        var books = jdbc.sql("select id::text, title from book where isbn in (:isbns)").param("isbns", isbns)
                .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2))).list();
        var copies = jdbc.sql("select id::text, barcode, book_id::text from copy where barcode like ?").param("EV" + tag + "-%")
                .query((rs, row) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).list();
        assertThat(books).hasSize(12);
        assertThat(copies).hasSize(12);

        var seen = new HashMap<String, List<String>>();
        try (var consumer = new KafkaConsumer<String, String>(Map.of(
                "bootstrap.servers", kafka, "group.id", "test-" + UUID.randomUUID(), "auto.offset.reset", "earliest",
                "key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer",
                "value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer"))) {
            consumer.subscribe(List.of("shelfwise.catalog.books", "shelfwise.catalog.copies"));
            await().atMost(Duration.ofSeconds(30)).until(() -> {
                consumer.poll(Duration.ofMillis(200))
                        .forEach(r -> seen.computeIfAbsent(r.key(), key -> new ArrayList<>()).add(r.value()));
                return books.stream().allMatch(b -> seen.containsKey(b.getKey()))
                        && copies.stream().allMatch(c -> seen.containsKey(c.get(0)));
            });
        }
        for (var book : books) {
            assertThat(seen.get(book.getKey())).singleElement().asString().contains("\"type\":\"BookAdded\"")
                    .contains(book.getValue());
        }
        for (var copy : copies) {
            assertThat(seen.get(copy.get(0))).singleElement().asString().contains("\"type\":\"CopyAdded\"")
                    .contains("\"barcode\":\"" + copy.get(1) + "\"").contains("\"bookId\":\"" + copy.get(2) + "\"");
        }
    }

    @Test
    void makesCopiesFromItemFieldsAndReportsEachItemItCannotMake() {
        String taken = "TAKEN-" + UUID.randomUUID().toString().substring(0, 8);
        String a = Isbns.unique();
        String b = Isbns.unique();
        String barcode = "B-" + UUID.randomUUID().toString().substring(0, 8);
        String unbranched = "U-" + UUID.randomUUID().toString().substring(0, 8);
        var out = new ByteArrayOutputStream();
        var writer = new MarcStreamWriter(out, "UTF-8");
        writer.write(record(a, "First", item(taken, "823 AUS", "Fiction", "Central")));
        writer.write(record(b, "Second", item(barcode, "941 SCO", "History", "Central"), item(taken, null, null, null),
                item("not a barcode!", null, null, null), item(unbranched, null, "Stacks", "East Wing")));
        writer.close();
        var first = send("POST", "/api/books/imports?wait=true&items=949", "application/marc", out.toByteArray());
        assertThat(first.status()).as(first.text()).isEqualTo(200);
        assertThat(first.body().get("created").asLong()).isEqualTo(2);
        assertThat(first.body().get("copies").asLong()).isEqualTo(3);
        assertThat(first.body().get("itemsRefused").asLong()).isEqualTo(2);
        assertThat(first.body().get("rejected").asLong()).as("a library that is no code rejects nothing").isZero();
        assertThat(first.body().get("warnings").asLong()).isEqualTo(1);
        assertThat(first.body().get("problems").toString()).contains("\"record\":2,\"field\":\"949\",\"rule\":\"barcode-in-use\"")
                .contains("\"record\":2,\"field\":\"949\",\"rule\":\"Pattern\"")
                .contains("\"record\":2,\"field\":\"949$m\",\"rule\":\"Pattern\",\"message\":\"item " + unbranched);
        var copy = jdbc.sql("select shelf_mark, location, branch from copy where barcode = ?").param(barcode).query().singleRow();
        assertThat(copy).containsEntry("shelf_mark", "941 SCO").containsEntry("location", "History")
                .containsEntry("branch", "Central");
        var kept = jdbc.sql("select location, branch from copy where barcode = ?").param(unbranched).query().singleRow();
        assertThat(kept).containsEntry("location", "East Wing / Stacks").containsEntry("branch", null);

        var again = send("POST", "/api/books/imports?wait=true&items=949", "application/marc", out.toByteArray());
        assertThat(again.body().get("copies").asLong()).as("copies an import made before are left as they are").isZero();
        assertThat(again.body().get("unchanged").asLong()).isEqualTo(2);
        assertThat(send("POST", "/api/books/imports?items=999", "application/marc", out.toByteArray()).status()).isEqualTo(400);
    }

    @Test
    void aRecordTheDatabaseRefusesIsRejectedAloneAndTheRestOfItsBatchImports() {
        // a rule of the database the validation does not know, as a later migration might add
        jdbc.sql("alter table book add constraint no_poison check (title <> 'Poison')").update();
        try {
            var isbns = isbns(3);
            var csv = HEADER + isbns.get(0) + ",Fine,,A,,,,,,\n" + isbns.get(1) + ",Poison,,A,,,,,,\n"
                    + isbns.get(2) + ",Also fine,,A,,,,,,\n";
            var report = send("POST", "/api/books/imports?wait=true", "text/csv", csv.getBytes(StandardCharsets.UTF_8));
            assertThat(report.body().get("created").asLong()).as(report.text()).isEqualTo(2);
            assertThat(report.body().get("rejected").asLong()).isEqualTo(1);
            assertThat(report.body().get("problems").toString()).contains("\"record\":2,\"field\":\"record\",\"rule\":\"storage\"");
            assertThat(books(isbns)).isEqualTo(2);
        } finally {
            jdbc.sql("alter table book drop constraint no_poison").update();
        }
    }

    @Test
    void refusesAFileThatIsNotMarcAtOnceAndStoresNothing() {
        long before = jdbc.sql("select count(*) from import_job").query(Long.class).single();
        var refused = send("POST", "/api/books/imports", "application/marc",
                "%PDF-1.7 not a catalogue".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body().get("errors").get(0).get("rule").asString()).isEqualTo("iso2709");
        assertThat(send("POST", "/api/books/imports", "application/marcxml+xml", "{}".getBytes(StandardCharsets.UTF_8))
                .status()).isEqualTo(400);
        assertThat(send("POST", "/api/books/imports", "text/csv", new byte[0]).status()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from import_job").query(Long.class).single()).isEqualTo(before);
    }

    @Test
    void reportsBadRecordsOneByOneAndImportsTheGoodOnesAroundThem() {
        String good = Isbns.unique();
        String after = Isbns.unique();
        var out = new ByteArrayOutputStream();
        var writer = new MarcStreamWriter(out, "UTF-8");
        writer.write(record(good, "Before"));
        var authority = record(Isbns.unique(), "An authority");
        authority.getLeader().setTypeOfRecord('z');
        writer.write(authority);
        writer.close();
        byte[] start = out.toByteArray();
        // a leader followed by 100 field terminators, then a record whose UTF-8 is broken, then a good one
        byte[] terminators = ("00125nam a2200025   4500" + "\u001e".repeat(100) + "\u001d").getBytes(StandardCharsets.ISO_8859_1);
        var tail = new ByteArrayOutputStream();
        var tailWriter = new MarcStreamWriter(tail, "UTF-8");
        tailWriter.write(record(after, "G\u00e9bler"));
        tailWriter.close();
        byte[] afterBytes = tail.toByteArray();
        String text = new String(afterBytes, StandardCharsets.ISO_8859_1);
        int e = text.indexOf("G\u00c3\u00a9bler"); // é as UTF-8 bytes C3 A9, read as Latin-1
        afterBytes[e + 2] = (byte) 0xFF;
        var file = new ByteArrayOutputStream();
        file.writeBytes(start);
        file.writeBytes(terminators);
        file.writeBytes(afterBytes);
        var report = send("POST", "/api/books/imports?wait=true", "application/marc", file.toByteArray());
        assertThat(report.status()).as(report.text()).isEqualTo(200);
        var body = report.body();
        assertThat(body.get("read").asLong()).isEqualTo(4);
        assertThat(body.get("created").asLong()).isEqualTo(2);
        assertThat(body.get("skipped").asLong()).isEqualTo(1);
        assertThat(body.get("rejected").asLong()).isEqualTo(1);
        assertThat(body.get("warnings").asLong()).isPositive();
        assertThat(body.get("problems").toString())
                .contains("\"record\":2,\"field\":\"leader/06\",\"rule\":\"not-bibliographic\"")
                .contains("\"record\":3,").contains("\"offset\":" + start.length)
                .contains("\"record\":4,\"field\":\"record\",\"rule\":\"encoding\"");
        assertThat(jdbc.sql("select title from book where isbn = ?").param(after).query(String.class).single())
                .as("the two bytes that are not UTF-8 as one U+FFFD").isEqualTo("G\uFFFDbler");

        var csv = Requests.send(port, "GET", "/api/books/imports/" + body.get("id").asString() + "/report", null,
                HttpRequest.BodyPublishers.noBody(), "text/csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.text()).startsWith("record,offset,kind,field,rule,message")
                .containsPattern("\n2,\\d+,skipped,leader/06,not-bibliographic,")
                .contains("\n3," + start.length + ",rejected,directory,unreadable,");

        String nul = Isbns.unique();
        String fine = Isbns.unique();
        var rows = send("POST", "/api/books/imports?wait=true", "text/csv",
                (HEADER + nul + ",Null\u0000title,,A,,,,,,\n" + fine + ",Fine,,A,,,,,,\n").getBytes(StandardCharsets.UTF_8));
        assertThat(rows.body().get("created").asLong()).isEqualTo(1);
        assertThat(rows.body().get("problems").toString()).contains("\"record\":1,\"field\":\"title\",\"rule\":\"control-character\"");
    }

    static org.marc4j.marc.DataField item(String barcode, String callNumber, String location, String library) {
        var factory = MarcFactory.newInstance();
        var field = factory.newDataField("949", ' ', ' ');
        field.addSubfield(factory.newSubfield('i', barcode));
        if (callNumber != null) {
            field.addSubfield(factory.newSubfield('a', callNumber));
        }
        if (library != null) {
            field.addSubfield(factory.newSubfield('m', library));
        }
        if (location != null) {
            field.addSubfield(factory.newSubfield('l', location));
        }
        return field;
    }

    static org.marc4j.marc.Record record(String isbn, String title, org.marc4j.marc.DataField... items) {
        var factory = MarcFactory.newInstance();
        var record = factory.newRecord();
        record.getLeader().setCharCodingScheme('a');
        var isbnField = factory.newDataField("020", ' ', ' ');
        isbnField.addSubfield(factory.newSubfield('a', isbn));
        record.addVariableField(isbnField);
        var author = factory.newDataField("100", '1', ' ');
        author.addSubfield(factory.newSubfield('a', "Someone"));
        record.addVariableField(author);
        var titleField = factory.newDataField("245", '1', '0');
        titleField.addSubfield(factory.newSubfield('a', title));
        record.addVariableField(titleField);
        for (var item : items) {
            record.addVariableField(item);
        }
        return record;
    }
}
