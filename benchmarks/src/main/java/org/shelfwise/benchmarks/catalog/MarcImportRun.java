package org.shelfwise.benchmarks.catalog;

import org.shelfwise.benchmarks.machine.CpuUse;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

/**
 * Imports {@link SyntheticMarc} records with their 949 items as import jobs ({@code items=949}), a job for every
 * 250,000 records (each file under the import's size limit), all uploaded first and run by whichever catalog
 * instance claims them; timed from the first upload to the last job done, and checked against the records and
 * copies the files hold. The CPU time every process of the system spent per record is reported beside the rate: on a
 * machine shared with other work the rate says little, but the CPU per record bounds what two cores can do.
 */
final class MarcImportRun {

    static final long FIRST = 500_000_000L; // ISBNs past the catalogue's own books
    private static final int PER_JOB = 250_000;
    private static final Pattern STATE = Pattern.compile("\"state\"\\s*:\\s*\"(\\w+)\"");
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([0-9a-f-]+)\"");

    private final HttpClient http;
    private final String catalog;
    private final Supplier<String> authorization;
    private final Supplier<CpuUse> cpu;

    MarcImportRun(HttpClient http, String catalog, Supplier<String> authorization, Supplier<CpuUse> cpu) {
        this.http = http;
        this.catalog = catalog;
        this.authorization = authorization;
        this.cpu = cpu;
    }

    /** Runs the import; answers the report's paragraph. */
    String run(long records) throws Exception {
        String loadBefore = loadAverage();
        var cpuBefore = cpu.get();
        var started = Instant.now();
        var jobs = new ArrayList<String>();
        long expectedCopies = 0;
        for (long from = FIRST; from < FIRST + records; from += PER_JOB) {
            long start = from;
            long to = Math.min(FIRST + records, from + PER_JOB);
            for (long n = from; n < to; n++) {
                expectedCopies += SyntheticMarc.items(n);
            }
            var response = http.send(HttpRequest.newBuilder(URI.create(catalog + "/api/books/imports?items=949"))
                    .header("Content-Type", "application/marc").header("Authorization", authorization.get())
                    .timeout(Duration.ofMinutes(30))
                    .POST(HttpRequest.BodyPublishers.ofInputStream(() -> SyntheticMarc.records(start, to))).build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 202) {
                throw new IllegalStateException("MARC upload failed: " + response.statusCode() + " " + response.body());
            }
            var id = ID.matcher(response.body());
            id.find();
            jobs.add(id.group(1));
        }
        var uploaded = Duration.between(started, Instant.now());
        long created = 0;
        long copies = 0;
        for (String job : jobs) {
            String body;
            while (true) {
                body = http.send(HttpRequest.newBuilder(URI.create(catalog + "/api/books/imports/" + job))
                        .header("Authorization", authorization.get()).GET().build(), HttpResponse.BodyHandlers.ofString()).body();
                var state = STATE.matcher(body);
                if (state.find() && !state.group(1).equals("queued") && !state.group(1).equals("running")) {
                    break;
                }
                Thread.sleep(1000); // polling a job's state, as any client of the API would
            }
            created += number(body, "created");
            copies += number(body, "copies");
            System.out.printf("import job %s: %s%n", job, body.length() > 400 ? body.substring(0, 400) : body);
        }
        var total = Duration.between(started, Instant.now());
        var cpuAfter = cpu.get();
        String loadAfter = loadAverage();
        if (created != records || copies != expectedCopies) {
            throw new IllegalStateException("MARC import made " + created + " books and " + copies + " copies of "
                    + records + " and " + expectedCopies);
        }
        var perRecord = cpuAfter.perOperationSince(cpuBefore, records);
        double cpuMs = CpuUse.total(perRecord);
        return String.format(Locale.ROOT, "MARC import: %,d records (every other one MARC-8, the rest UTF-8) with "
                        + "%,d items (949) as %d import jobs of up to %,d records: %.1f s in all (uploads %.1f s), "
                        + "%,.0f records a second, %,d books and %,d copies made (target: 1,000,000 records under 10 "
                        + "min). Load average (1, 5, 15 min) at the start %s, at the end %s.%n%n", records, expectedCopies, jobs.size(), PER_JOB, total.toMillis() / 1000.0,
                uploaded.toMillis() / 1000.0, records / (total.toMillis() / 1000.0), created, copies, loadBefore,
                loadAfter)
                + String.format(Locale.ROOT, "CPU per record, in milliseconds, by process (machine busy / stolen: "
                        + "%s); two cores spending it and nothing else would import %,.0f records a second:%n%n"
                        + "| %s | total |%n| %s%n| %s |%n%n", cpuAfter.busyAndStolenSince(cpuBefore).replace(" | ", " / "),
                2000 / cpuMs, String.join(" | ", CpuUse.PARTS), "---: | ".repeat(CpuUse.PARTS.size() + 1),
                CpuUse.cells(perRecord));
    }

    private static String loadAverage() throws IOException {
        var fields = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
        return String.join(" ", fields[0], fields[1], fields[2]);
    }

    private static long number(String body, String field) {
        var matcher = Pattern.compile("\"" + field + "\"\\s*:\\s*(\\d+)").matcher(body);
        return matcher.find() ? Long.parseLong(matcher.group(1)) : 0;
    }
}
