package org.shelfwise.circulation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.config.ScheduledTaskHolder;
import org.springframework.test.context.ContextConfiguration;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The time-driven work (marking loans overdue, accruing fines, expiring unclaimed holds) driven by moving the
 * injected clock, run as the scheduler runs it: the scheduled tasks themselves, ShedLock lock included.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class TimeIT {

    /** A clock that tests move forward; every view of it (other zones) moves with it. */
    static final class MovableClock extends Clock {
        private final AtomicReference<Duration> offset;
        private final ZoneId zone;

        MovableClock(AtomicReference<Duration> offset, ZoneId zone) {
            this.offset = offset;
            this.zone = zone;
        }

        void move(Duration by) {
            offset.updateAndGet(current -> current.plus(by));
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId other) {
            return new MovableClock(offset, other);
        }

        @Override
        public Instant instant() {
            return Instant.now().plus(offset.get());
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class MovableTime {
        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock(new AtomicReference<>(Duration.ZERO), ZoneOffset.UTC);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;
    @Autowired
    ScheduledTaskHolder scheduler;

    HttpJson http;
    Events events;

    @BeforeEach
    void setUp() {
        http = new HttpJson(port, TestTokens.librarian());
        events = new Events(kafka);
    }

    /** Runs the scheduled task of {@code method} as the scheduler would, lock and all. */
    void runScheduled(String method) {
        var task = scheduler.getScheduledTasks().stream()
                .filter(t -> t.getTask().toString().endsWith("." + method)).findFirst()
                .orElseThrow(() -> new AssertionError("no scheduled task " + method));
        task.getTask().getRunnable().run();
    }

    String patron(String name) {
        var id = UUID.randomUUID();
        String card = "T" + id.toString().substring(0, 8);
        events.patronRegistered(id, card, name);
        Replicas.awaitBorrower(jdbc, card);
        return card;
    }

    String copyOf(UUID book) {
        String barcode = "TI" + UUID.randomUUID().toString().substring(0, 8);
        events.copyAdded(UUID.randomUUID(), UUID.randomUUID(), barcode, book, "Bleak House");
        Replicas.awaitItem(jdbc, barcode);
        return barcode;
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    @Test
    void movingTheClockMarksLoansOverdueAccruesFinesAndExpiresHolds() {
        String reader = patron("Esther");
        String waiting = patron("Ada");
        UUID book = UUID.randomUUID();
        String copy = copyOf(book);
        var loan = http.post("/api/checkouts", "{\"itemBarcode\":\"%s\",\"patronBarcode\":\"%s\"}".formatted(copy, reader));
        assertThat(loan.status()).isEqualTo(201);
        String loanId = loan.body().get("id").asString();
        String readerId = loan.body().get("patronId").asString();
        // the standard policy: 21 days' loan, 2 days' grace, then 0.25 a day, 7 days to collect a hold
        assertThat(loan.body().get("dueDate").asString()).isEqualTo(today().plusDays(21).toString());
        assertThat(http.post("/api/holds", "{\"bookId\":\"%s\",\"patronBarcode\":\"%s\"}".formatted(book, waiting))
                .status()).isEqualTo(201);

        runScheduled("onSchedule");
        runScheduled("accrue");
        assertThat(overdueSince(loanId)).as("not yet due").isNull();

        clock.move(Duration.ofDays(22));
        runScheduled("onSchedule");
        assertThat(overdueSince(loanId)).isEqualTo(today());
        runScheduled("accrue");
        assertThat(balance(readerId)).as("one day late, within the grace days").isEqualByComparingTo("0");

        clock.move(Duration.ofDays(9));
        runScheduled("onSchedule");
        assertThat(overdueSince(loanId)).as("marked once, on the first day").isEqualTo(today().minusDays(9));
        runScheduled("accrue");
        runScheduled("accrue");
        assertThat(balance(readerId)).as("ten days late, charged once").isEqualByComparingTo("2.50");

        assertThat(http.post("/api/checkins", "{\"itemBarcode\":\"" + copy + "\"}").status()).isEqualTo(200);
        var hold = http.get("/api/holds?patronId=" + holdPatronId(waiting)).body().get(0);
        assertThat(hold.get("status").asString()).isEqualTo("READY");
        assertThat(hold.get("pickupBy").asString()).isEqualTo(today().plusDays(7).toString());

        clock.move(Duration.ofDays(7));
        runScheduled("expireUnclaimed");
        assertThat(holdStatus(waiting)).as("the last day to collect it").isEqualTo("READY");
        clock.move(Duration.ofDays(1));
        runScheduled("expireUnclaimed");
        assertThat(holdStatus(waiting)).isEqualTo("EXPIRED");
        runScheduled("accrue");
        assertThat(balance(readerId)).as("final once the copy came back").isEqualByComparingTo("2.50");
    }

    @Test
    void listsClosedDaysFromTheLibrarysToday() {
        LocalDate serverToday = LocalDate.now(ZoneOffset.UTC);
        clock.move(Duration.ofDays(400));
        LocalDate passed = today().minusDays(3);
        LocalDate coming = today().plusDays(3);
        for (var day : new LocalDate[] {passed, coming}) {
            jdbc.sql("insert into closed_day (branch, day, reason) values ('*', ?, 'Inventory') on conflict do nothing")
                    .param(java.sql.Date.valueOf(day)).update();
        }
        var listed = http.get("/api/calendar/closed-days").body().valueStream()
                .map(day -> day.get("day").asString()).toList();
        assertThat(passed).isAfter(serverToday);
        assertThat(listed).contains(coming.toString()).doesNotContain(passed.toString());
    }

    LocalDate overdueSince(String loanId) {
        return jdbc.sql("select overdue_since from loan where id = ?::uuid").param(loanId)
                .query((rs, row) -> rs.getObject(1, LocalDate.class)).list().getFirst();
    }

    java.math.BigDecimal balance(String patronId) {
        return http.get("/api/fines?patronId=" + patronId).body().get("balance").decimalValue();
    }

    String holdPatronId(String card) {
        return jdbc.sql("select patron_id::text from borrower where barcode = ?").param(card).query(String.class).single();
    }

    String holdStatus(String card) {
        return http.get("/api/holds?patronId=" + holdPatronId(card)).body().get(0).get("status").asString();
    }
}
