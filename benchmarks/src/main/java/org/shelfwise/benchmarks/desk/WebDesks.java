package org.shelfwise.benchmarks.desk;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.LongAccumulator;

import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.core5.util.Timeout;
import org.shelfwise.driver.RunningSystem;

/**
 * The desk's cycles through the staff client's pages (issue 16): {@code desks} desks, each signed in with its own
 * session, each scanning once a second on a schedule: a patron's card (the form and the patron's page it leads
 * to), a copy to check out, then the same copy to check in. The time of each page, from when its scan was due to
 * its whole answer, through the gateway and the web instance to the services and back.
 */
final class WebDesks {

    /** The pages of one cycle, in the report's order. */
    private static final String[] PAGES = {"card scan (form)", "patron's page", "check-out scan", "check-in scan"};

    private final RunningSystem system;
    private final DeskData data;
    private final int deskCount;
    /** How far behind its schedule the furthest desk was when the window ended, in nanoseconds. */
    private final LongAccumulator behind = new LongAccumulator(Math::max, 0);

    WebDesks(RunningSystem system, DeskData data, int deskCount) {
        this.system = system;
        this.data = data;
        this.deskCount = deskCount;
    }

    /** Measures {@code desks} desks at {@code pace} scans a second each; rows for the report's table. */
    String measure(int desks, double pace, int warmUp, int window) throws Exception {
        var pages = new Recorded[PAGES.length];
        for (int i = 0; i < pages.length; i++) {
            pages[i] = new Recorded();
        }
        long interval = Math.round(1e9 / pace);
        int copiesEach = (data.copies - data.firstDeskCopy()) / deskCount;
        int patronsEach = data.deskPatrons() / deskCount;
        String password = system.adminPassword();
        try (CloseableHttpClient http = client(desks)) {
            var signedIn = new ArrayList<WebDesk>();
            for (int d = 0; d < desks; d++) {
                var desk = new WebDesk(http, system.baseUrl());
                desk.signIn("admin", password);
                signedIn.add(desk);
            }
            long from = System.nanoTime() + Duration.ofSeconds(warmUp).toNanos();
            long until = from + Duration.ofSeconds(window).toNanos();
            System.out.printf("%d desks through the staff pages at %s/s: warming up %d s, then measuring %d s%n",
                    desks, pace, warmUp, window);
            try (var pool = Executors.newFixedThreadPool(desks)) {
                for (int d = 0; d < desks; d++) {
                    int desk = d;
                    pool.submit(() -> work(signedIn.get(desk), desk, copiesEach, patronsEach, interval, from, until, pages));
                }
            }
        }
        var rows = new StringBuilder();
        String level = String.format(Locale.ROOT, "%d desks at %s/s, staff pages", desks, pace == Math.rint(pace)
                ? String.valueOf((long) pace) : String.valueOf(pace));
        for (int i = 0; i < PAGES.length; i++) {
            rows.append(pages[i].row(level, desks, PAGES[i], window)).append('\n');
        }
        return rows.toString();
    }

    private Void work(WebDesk desk, int index, int copiesEach, int patronsEach, long interval, long from, long until,
                      Recorded[] pages) throws Exception {
        // the web desks take the copies the API desks left on the shelf, from the far end of each desk's share
        int firstCopy = data.firstDeskCopy() + index * copiesEach;
        int firstPatron = data.firstDeskPatron() + index * patronsEach;
        long due = System.nanoTime() + ThreadLocalRandom.current().nextLong(interval);
        for (int cycle = 0; System.nanoTime() < until; cycle++) {
            String item = data.itemBarcode(firstCopy + copiesEach - 1 - cycle % copiesEach);
            String card = data.patronBarcodes.get(firstPatron + cycle % patronsEach);
            long start = Pacing.startAt(due, interval);
            var scanned = desk.scanCard(card);
            pages[0].record(scanned.status(), 302, start, from, until);
            if (scanned.status() != 302) {
                due = start + interval;
                continue;
            }
            long opened = System.nanoTime();
            var patronPage = desk.open(scanned.location());
            pages[1].record(patronPage.status(), 200, opened, from, until);
            due = start + interval;
            start = Pacing.startAt(due, interval);
            var lent = desk.checkOut(scanned.location(), item);
            pages[2].record(lent.scanSucceeded() ? 200 : lent.status() == 200 ? 409 : lent.status(), 200, start, from, until);
            due = start + interval;
            start = Pacing.startAt(due, interval);
            var back = desk.checkIn(item);
            pages[3].record(back.scanSucceeded() ? 200 : back.status() == 200 ? 409 : back.status(), 200, start, from, until);
            due = start + interval;
        }
        behind.accumulate(System.nanoTime() - due);
        return null;
    }

    /**
     * Seconds the furthest desk was behind its schedule when the window ended: over a second, the level is over
     * capacity, and the scans due in the window were sent after it and are not in the table.
     */
    double secondsBehind() {
        return behind.get() / 1e9;
    }

    private static CloseableHttpClient client(int desks) {
        // redirects are pages of their own, timed apart; each desk's cookies are its own (its context's store)
        return HttpClients.custom().disableAutomaticRetries().disableRedirectHandling()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create().setMaxConnTotal(desks)
                        .setMaxConnPerRoute(desks).setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(Timeout.ofSeconds(5)).setSocketTimeout(Timeout.ofSeconds(30)).build())
                        .build())
                .build();
    }
}
