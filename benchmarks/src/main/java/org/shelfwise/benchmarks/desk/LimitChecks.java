package org.shelfwise.benchmarks.desk;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** After the run: no patron over their loan limit, and the limit held when one patron's check-outs raced. */
final class LimitChecks {

    /** Sends one POST as the desk's librarian; the status, or 0 when no answer came. */
    interface Desk {
        int post(String path, String body);
    }

    private final DeskData data;
    private final Desk desk;
    private final int limit;
    private final int probeCheckouts;

    LimitChecks(DeskData data, Desk desk, int limit, int probeCheckouts) {
        this.data = data;
        this.desk = desk;
        this.limit = limit;
        this.probeCheckouts = probeCheckouts;
    }

    /** No patron has more open loans than their limit: the category's or the policy's, whichever is smaller. */
    void checkLimits(StringBuilder report) throws Exception {
        try (var db = data.database("circulation.jar"); var sql = db.createStatement(); var rs = sql.executeQuery("""
                select (select count(*) from loan where returned_at is null),
                       (select count(*) from loan where returned_at is not null),
                       (select count(*) from (select l.patron_id, count(*) open from loan l
                                              where l.returned_at is null group by l.patron_id) o
                            join borrower b on b.patron_id = o.patron_id
                            join patron_category c on c.code = b.category
                            cross join (select max_open_loans from loan_policy where id = 'standard') p
                        where o.open > least(c.max_open_loans, p.max_open_loans)),
                       (select count(*) from (select copy_id from loan where returned_at is null
                                              group by copy_id having count(*) > 1) twice)""")) {
            rs.next();
            report.append(String.format(Locale.ROOT, "## Limits%n%nAfter the run, in the circulation database: "
                            + "%,d open loans, %,d returned; **%d patrons over their loan limit**, %d copies on more "
                            + "than one open loan.%n%n", rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4)));
        }
    }

    /**
     * Patrons one loan below their limit, each sending {@code probeCheckouts} check-outs of different copies at
     * the same moment through the gateway: exactly one may succeed, the rest must be refused.
     */
    void probeLimit(StringBuilder report) throws Exception {
        int exactlyOne = 0;
        int over = 0;
        int none = 0;
        var refusals = new ConcurrentHashMap<Integer, Integer>();
        try (var db = data.database("circulation.jar");
             var count = db.prepareStatement("select count(*) from loan where patron_barcode = ? and returned_at is null")) {
            for (int round = 0; round < data.probeRounds; round++) {
                String patron = data.patronBarcodes.get(round);
                int firstCopy = data.openLoans + round * DeskData.COPIES_PER_BOOK;
                var go = new CountDownLatch(1);
                var succeeded = new AtomicInteger();
                try (var pool = Executors.newFixedThreadPool(probeCheckouts)) {
                    for (int i = 0; i < probeCheckouts; i++) {
                        String item = data.itemBarcode(firstCopy + i);
                        pool.submit(() -> {
                            go.await();
                            int status = desk.post("/api/checkouts",
                                    "{\"itemBarcode\":\"" + item + "\",\"patronBarcode\":\"" + patron + "\"}");
                            if (status == 201) {
                                succeeded.incrementAndGet();
                            } else {
                                refusals.merge(status, 1, Integer::sum);
                            }
                            return null;
                        });
                    }
                    go.countDown();
                }
                count.setString(1, patron);
                try (var rs = count.executeQuery()) {
                    rs.next();
                    if (rs.getInt(1) > limit) {
                        over++;
                    }
                }
                if (succeeded.get() == 1) {
                    exactlyOne++;
                } else if (succeeded.get() == 0) {
                    none++;
                }
            }
        }
        report.append(String.format(Locale.ROOT, "Concurrent-limit probe: %d patrons with %d of their %d loans each "
                        + "sent %d check-outs of different copies at once through the gateway. Exactly one succeeded "
                        + "for %d, none for %d; **%d ended over their limit**. The others were refused: %s.%n",
                data.probeRounds, limit - 1, limit, probeCheckouts, exactlyOne, none, over,
                new java.util.TreeMap<>(refusals)));
        System.out.printf("probe: exactly one %d, none %d, over %d, refusals %s%n", exactlyOne, none, over, refusals);
    }
}
