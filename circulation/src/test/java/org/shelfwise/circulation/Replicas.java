package org.shelfwise.circulation;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.springframework.jdbc.core.simple.JdbcClient;

/** Waits until circulation's replicas hold what a test published through {@link Events}. */
public final class Replicas {

    private static final Duration WITHIN = Duration.ofSeconds(20);

    private Replicas() {
    }

    /** Until the borrower replica holds the patron with this card. */
    public static void awaitBorrower(JdbcClient jdbc, String card) {
        await().atMost(WITHIN).until(() -> count(jdbc, "borrower", card) == 1);
    }

    /** Until the item replica holds the copy with this barcode. */
    public static void awaitItem(JdbcClient jdbc, String barcode) {
        await().atMost(WITHIN).until(() -> count(jdbc, "item", barcode) == 1);
    }

    private static long count(JdbcClient jdbc, String replica, String barcode) {
        return jdbc.sql("select count(*) from " + replica + " where barcode = ?").param(barcode).query(Long.class).single();
    }
}
