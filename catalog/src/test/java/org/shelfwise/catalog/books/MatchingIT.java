package org.shelfwise.catalog.books;

import org.junit.jupiter.api.Test;
import org.shelfwise.catalog.Isbns;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Matching imported records to books by their keys, against PostgreSQL: in order, in batches, and under races. */
@SpringBootTest
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class MatchingIT {

    @Autowired
    BulkCatalogue catalogue;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twoImportsOfOneNewRecordAtOnceMakeOneBook() throws Exception {
        var record = record("Racing", UUID.randomUUID().toString(), Isbns.unique());
        var firstClaimed = new CountDownLatch(1);
        var secondWaits = new CountDownLatch(1);
        var threads = Executors.newFixedThreadPool(2);
        var first = CompletableFuture.supplyAsync(() -> transactions.execute(status -> {
            var upserted = catalogue.upsert(List.of(record));
            firstClaimed.countDown();
            waitFor(secondWaits);
            return upserted.getFirst();
        }), threads);
        waitFor(firstClaimed);
        var second = CompletableFuture.supplyAsync(() -> transactions.execute(status -> catalogue.upsert(List.of(record)).getFirst()),
                threads);
        // the second claims the same keys and must wait on the first's uncommitted ones
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql("""
                select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query like '%book_key%'""")
                .query(Long.class).single() > 0);
        secondWaits.countDown();

        var made = first.get(10, TimeUnit.SECONDS);
        var matched = second.get(10, TimeUnit.SECONDS);
        threads.shutdown();
        assertThat(made.outcome()).isEqualTo(ImportOutcome.CREATED);
        assertThat(matched.bookId()).isEqualTo(made.bookId());
        assertThat(matched.outcome()).isEqualTo(ImportOutcome.UNCHANGED);
        assertThat(matched.matchedBy()).isEqualTo(MatchKey.CONTROL_NUMBER);
        assertThat(jdbc.sql("select count(*) from book where title = 'Racing' and id = ?").param(made.bookId())
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(distinct book_id) from book_key where key = ?")
                .param("id:" + record.details().identifiers().controlNumber()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aBatchMatchesALaterRecordToAnEarlierOneOfTheSameBatchAndNamesTheKey() {
        String isbn = Isbns.unique();
        var batch = List.of(record("First", "a-" + UUID.randomUUID(), isbn), record("Second", "b-" + UUID.randomUUID(), isbn),
                record("Unrelated", null, null));
        var outcomes = transactions.execute(status -> catalogue.upsert(batch));

        assertThat(outcomes).extracting(Upserted::outcome)
                .containsExactly(ImportOutcome.CREATED, ImportOutcome.UPDATED, ImportOutcome.CREATED);
        assertThat(outcomes.get(1).bookId()).isEqualTo(outcomes.get(0).bookId());
        assertThat(outcomes).extracting(Upserted::matchedBy).containsExactly(null, MatchKey.ISBN, null);
        assertThat(jdbc.sql("select title from book where id = ?").param(outcomes.get(0).bookId()).query(String.class)
                .single()).isEqualTo("Second");
        // the book now holds the second record's control number, and the first's is let go
        var keys = jdbc.sql("select key from book_key where book_id = ? order by key").param(outcomes.get(0).bookId())
                .query(String.class).list();
        assertThat(keys).containsExactly("id:" + batch.get(1).details().identifiers().controlNumber(), "isbn:" + isbn);
    }

    private static ImportedRecord record(String title, String controlNumber, String isbn) {
        var identifiers = new Identifiers(isbn == null ? null : List.of(isbn), null, null, null, null, controlNumber, null);
        var details = new BookDetails(Title.of(title, null), List.of(Contributor.author("Anonymous")), identifiers,
                null, null, null, null, null, null, null, null, null, null);
        return new ImportedRecord(details, null);
    }

    private static void waitFor(CountDownLatch latch) {
        try {
            if (!latch.await(10, TimeUnit.SECONDS)) {
                throw new IllegalStateException("timed out");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
