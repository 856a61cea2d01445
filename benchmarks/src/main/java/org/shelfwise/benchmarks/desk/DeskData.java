package org.shelfwise.benchmarks.desk;

import org.postgresql.PGConnection;
import org.shelfwise.benchmarks.catalog.SyntheticCatalogue;
import org.shelfwise.driver.RunningSystem;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Loads the desk benchmark's library into a running system and says how. Books go through the catalogue's own
 * bulk path (the streaming CSV import); copies, patrons, open loans and waiting holds have no bulk path, so they
 * are written in SQL into the databases of the services that own them <em>and</em> into the replicas the other
 * services keep from their events, exactly as those events would have left them once relayed:
 * <ul>
 *     <li>copies: catalog {@code copy} (on-loan ones {@code ON_LOAN} with their due date, as the catalogue's
 *     loan-event listener sets them) and circulation's {@code item} replica (what {@code CopyAdded} carries);</li>
 *     <li>patrons: patrons {@code patrons} (barcodes from the card sequence's layout, Luhn digit included, and the
 *     sequence moved past them) and circulation's {@code borrower} replica (what {@code PatronRegistered} carries);</li>
 *     <li>open loans and waiting holds: circulation's {@code loan} and {@code hold}.</li>
 * </ul>
 * Nothing is left in any outbox: these are the states after the events were relayed and applied.
 *
 * <p>Layout, by copy number k (barcode {@code 3<library code><k, eight digits>}, ten copies a book):
 * copies {@code [0, openLoans)} are on loan (every copy of their books), and their books carry the waiting holds;
 * copies {@code [openLoans, openLoans + 10 x probeRounds)} serve the limit probe; the rest are the desk clients'.
 * Patrons: the first {@code probeRounds} each have one loan less than their limit; the next ones have one open
 * loan each; the last {@code holds} have one waiting hold each; those in between (no loans, no holds) are the desk
 * clients'.
 */
final class DeskData {

    static final int COPIES_PER_BOOK = 10;
    private static final int IMPORT_CHUNK = 100_000;

    final int patrons;
    final int copies;
    final int openLoans;
    final int holds;
    final int probeRounds;
    final int limit;
    final String libraryCode;
    final List<String> patronBarcodes = new ArrayList<>();
    final List<String> notes = new ArrayList<>();

    static final String HOW = """
            Books go through the catalogue's own bulk path. Nothing else has one, so the rest is written in SQL into the
            tables of the service that owns it and into the replicas other services keep from its events, in the
            state those events would have left once relayed and applied (nothing is left in any outbox): copies in
            catalog `copy` (on-loan ones `ON_LOAN` with their due date, as the catalogue's loan-event listener sets
            them) and circulation `item` (what `CopyAdded` carries); patrons in patrons `patrons` and circulation
            `borrower` (what `PatronRegistered` carries); loans and holds in circulation `loan` and `hold`. The events
            themselves are not on Kafka, so a consumer reading the topics from their beginning would not see these
            records.
            """;

    private final RunningSystem system;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    DeskData(RunningSystem system, int patrons, int copies, int openLoans, int holds, int probeRounds, int limit) {
        this.system = system;
        this.patrons = patrons;
        this.copies = copies;
        this.openLoans = openLoans;
        this.holds = holds;
        this.probeRounds = probeRounds;
        this.limit = limit;
        this.libraryCode = environment("patrons.jar").getOrDefault("LIBRARY_CODE", "1234");
        int probeLoans = probeRounds * (limit - 1);
        if (openLoans % COPIES_PER_BOOK != 0 || copies % COPIES_PER_BOOK != 0 || openLoans < probeLoans
                || probeRounds + (openLoans - probeLoans) + holds >= patrons
                || openLoans + COPIES_PER_BOOK * probeRounds >= copies) {
            throw new IllegalArgumentException("these sizes do not fit the layout");
        }
    }

    String itemBarcode(int k) {
        return "3" + libraryCode + "%08d".formatted(k);
    }

    /** The first copy and the number of copies left for the desk clients. */
    int firstDeskCopy() {
        return openLoans + COPIES_PER_BOOK * probeRounds;
    }

    /** The first patron with no loans and no holds, and the number of them. */
    int firstDeskPatron() {
        return probeRounds + openLoans - probeRounds * (limit - 1);
    }

    int deskPatrons() {
        return patrons - holds - firstDeskPatron();
    }

    Connection database(String jar) throws SQLException {
        var env = environment(jar);
        return DriverManager.getConnection(env.get("DATABASE_URL"), env.getOrDefault("DATABASE_USERNAME", "postgres"),
                env.getOrDefault("DATABASE_PASSWORD", ""));
    }

    private Map<String, String> environment(String jar) {
        return system.serviceJvms(jar).getFirst().environment();
    }

    /** Loads the library; the import is a librarian's, so it carries {@code staff}'s token. */
    void load(StaffSignIn staff) throws Exception {
        awaitCategories();
        var started = Instant.now();
        int books = copies / COPIES_PER_BOOK;
        String importUrl = "http://127.0.0.1:" + environment("catalog.jar").get("PORT") + "/api/books/imports?wait=true";
        for (int from = 0; from < books; from += IMPORT_CHUNK) {
            int start = from;
            int to = Math.min(books, from + IMPORT_CHUNK);
            var response = http.send(HttpRequest.newBuilder(URI.create(importUrl)).header("Content-Type", "text/csv")
                    .header("Authorization", staff.authorization()).timeout(Duration.ofMinutes(30))
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> SyntheticCatalogue.csv(start, to))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("import failed: " + response.body());
            }
        }
        note("%,d books through the catalogue's CSV import (`POST /api/books/imports`, %,d a request)", started,
                books, IMPORT_CHUNK);

        var step = Instant.now();
        Path items = Files.createTempFile(Path.of("target"), "items-", ".csv");
        try (var catalog = database("catalog.jar"); var sql = catalog.createStatement()) {
            sql.executeUpdate("""
                    insert into copy (id, book_id, barcode, status, due_date, shelf_mark, location, created_at, version)
                    select gen_random_uuid(), b.id, '3%s' || lpad((b.seq * %d + n)::text, 8, '0'),
                           case when b.seq * %2$d + n < %d then 'ON_LOAN' else 'AVAILABLE' end,
                           case when b.seq * %2$d + n < %3$d then current_date - ((b.seq * %2$d + n) %% 20)::int + 21 end,
                           left(b.title, 3), 'Central', now(),
                           -- ItemCheckedOut's listener counts a version up, as any change does
                           case when b.seq * %2$d + n < %3$d then 1 else 0 end
                    from (select id, title, row_number() over (order by isbn) - 1 as seq from book) b
                         cross join generate_series(0, %2$d - 1) n""".formatted(libraryCode, COPIES_PER_BOOK, openLoans));
            sql.execute("analyze copy");
            try (var out = Files.newBufferedWriter(items)) {
                copyApi(catalog).copyOut("""
                        copy (select c.id, c.barcode, c.book_id, b.title from copy c join book b on b.id = c.book_id)
                        to stdout with (format csv)""", out);
            }
        }
        try (var circulation = database("circulation.jar"); var in = Files.newBufferedReader(items)) {
            copyApi(circulation).copyIn("copy item (copy_id, barcode, book_id, title) from stdin with (format csv)", in);
        } finally {
            Files.delete(items);
        }
        note("%,d copies in SQL into catalog `copy` and circulation's `item` replica (the import makes books, not "
                + "copies; one event per copy through Kafka would take longer than the benchmark)", step, copies);

        step = Instant.now();
        var patronRows = new StringBuilder();
        var borrowerRows = new StringBuilder();
        for (int i = 0; i < patrons; i++) {
            String barcode = cardBarcode(i + 1);
            patronBarcodes.add(barcode);
            String id = java.util.UUID.randomUUID().toString();
            String name = "Desk Patron " + i;
            patronRows.append(id).append(',').append(barcode).append(',').append(name).append(",patron").append(i)
                    .append("@bench.example.org,ACTIVE,adult\n");
            borrowerRows.append(id).append(',').append(barcode).append(',').append(name).append(",ACTIVE,adult\n");
        }
        try (var db = database("patrons.jar"); var sql = db.createStatement()) {
            sql.execute("create temp table p (id uuid, barcode text, name text, email text, status text, category text)");
            copyApi(db).copyIn("copy p from stdin with (format csv)", new StringReader(patronRows.toString()));
            sql.executeUpdate("""
                    insert into patrons (id, barcode, name, email, status, created_at, category, card_expires_on)
                    select id, barcode, name, email, status, now(), category, (now() + interval '36 months')::date
                    from p""");
            sql.execute("select setval('library_card_number', " + patrons + ")");
            sql.execute("analyze patrons");
        }
        try (var db = database("circulation.jar"); var sql = db.createStatement()) {
            sql.execute("create temp table p (patron_id uuid, barcode text, name text, status text, category text)");
            copyApi(db).copyIn("copy p from stdin with (format csv)", new StringReader(borrowerRows.toString()));
            sql.executeUpdate("""
                    insert into borrower (patron_id, barcode, name, status, category, card_expires_on)
                    select patron_id, barcode, name, status, category, (now() + interval '36 months')::date from p""");
            note("%,d patrons in SQL into patrons `patrons` (card barcodes as the service issues them, its card "
                    + "sequence moved past them) and circulation's `borrower` replica: the patrons service has no bulk "
                    + "path, only one registration a request", step, patrons);

            step = Instant.now();
            sql.execute("create temp table n as select row_number() over (order by barcode) - 1 as idx, p.* from p");
            sql.execute("create index on n (idx)");
            int probeLoans = probeRounds * (limit - 1);
            sql.executeUpdate("""
                    insert into loan (id, copy_id, item_barcode, book_id, title, patron_id, patron_barcode,
                                      checked_out_at, due_date, returned_at, renewals, policy_id)
                    select gen_random_uuid(), i.copy_id, i.barcode, i.book_id, i.title, n.patron_id, n.barcode,
                           now() - (k %% 20) * interval '1 day', current_date - k %% 20 + 21, null, 0, 'standard'
                    from generate_series(0, %d - 1) k
                         join item i on i.barcode = '3%s' || lpad(k::text, 8, '0')
                         join n on n.idx = case when k < %d then k / %d else %d + k - %3$d end"""
                    .formatted(openLoans, libraryCode, probeLoans, limit - 1, probeRounds));
            note("%,d open loans in SQL into circulation `loan` (%d patrons with %d, one below the limit, for the "
                    + "probe; the rest one each), due in 2 to 21 days", step, openLoans, probeRounds, limit - 1);

            step = Instant.now();
            sql.executeUpdate("""
                    insert into hold (id, book_id, patron_id, patron_barcode, placed_at, status)
                    select gen_random_uuid(), i.book_id, n.patron_id, n.barcode,
                           now() - interval '1 day' + j * interval '1 second', 'WAITING'
                    from generate_series(0, %d - 1) j
                         join item i on i.barcode = '3%s' || lpad(((j %% %d) * %d)::text, 8, '0')
                         join n on n.idx = %d + j"""
                    .formatted(holds, libraryCode, openLoans / COPIES_PER_BOOK, COPIES_PER_BOOK, patrons - holds));
            sql.execute("analyze");
            note("%,d waiting holds in SQL into circulation `hold`, on the books whose copies are all out", step, holds);
        }
        note("everything loaded in %s", started);
    }

    private void note(String format, Instant since, Object... args) {
        var all = new ArrayList<>(List.of(args));
        all.add(seconds(Duration.between(since, Instant.now())));
        String line = String.format(Locale.ROOT, format.contains("%s") ? format : format + ": %s", all.toArray());
        notes.add(line);
        System.out.println(line);
    }

    static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f s", duration.toMillis() / 1000.0);
    }

    /** Circulation learns the patron categories' limits from events the patrons service sends at its first start. */
    private void awaitCategories() throws Exception {
        for (int attempt = 0; attempt < 120; attempt++) {
            try (var db = database("circulation.jar"); var sql = db.createStatement();
                 var rs = sql.executeQuery("select count(*) from patron_category where code = 'adult'")) {
                rs.next();
                if (rs.getInt(1) == 1) {
                    return;
                }
            }
            Thread.sleep(1000);
        }
        throw new IllegalStateException("circulation never learned the patron categories");
    }

    private static org.postgresql.copy.CopyManager copyApi(Connection connection) throws SQLException {
        return connection.unwrap(PGConnection.class).getCopyAPI();
    }

    /** Card {@code number}'s barcode as the patrons service issues it: 2, library code, number, Luhn digit. */
    private String cardBarcode(long number) {
        String digits = "2" + libraryCode + "%08d".formatted(number);
        int sum = 0;
        boolean doubled = true;
        for (int i = digits.length() - 1; i >= 0; i--) {
            int d = digits.charAt(i) - '0';
            sum += doubled ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d;
            doubled = !doubled;
        }
        return digits + (10 - sum % 10) % 10;
    }
}
