package org.shelfwise.notifications.notices;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.shelfwise.notifications.NoticeSettings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Works out the due-soon and overdue notices owed today, on one instance at a time (ShedLock), by the injected
 * clock. Each is keyed by its loan, due date and level, so working them out again (every few minutes, or on the
 * other instance) owes nothing twice, and a renewed loan's notices follow its new due date. A loan past several
 * overdue levels at once (the service was down, or a due date was changed into the past) is owed only the highest
 * level reached, never the ones it missed in a burst.
 */
@Component
class LoanReminders {

    private static final Logger log = LoggerFactory.getLogger(LoanReminders.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final NoticeSettings settings;

    LoanReminders(JdbcClient jdbc, Clock clock, NoticeSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${shelfwise.notices.reminders-interval}", initialDelayString = "${shelfwise.notices.reminders-interval}")
    @SchedulerLock(name = "loan-reminders")
    @Transactional
    public void run() {
        LocalDate today = LocalDate.now(clock.withZone(settings.timeZone()));
        Timestamp now = Timestamp.from(clock.instant());
        int dueSoon = jdbc.sql("""
                        insert into notice (id, dedupe_key, kind, patron_id, loan_id, due_date, status, next_attempt_at, created_at)
                        select gen_random_uuid(), 'DUE_SOON:' || loan_id || ':' || due_date, 'DUE_SOON', patron_id, loan_id,
                            due_date, 'PENDING', ?, ?
                        from loan_state where returned_at is null and due_date >= ? and due_date <= ?
                        on conflict (dedupe_key) do nothing""")
                .params(now, now, today, today.plusDays(settings.dueSoonDays())).update();
        int overdue = 0;
        List<Integer> days = settings.overdueDays().stream().sorted().toList();
        for (int level = days.size(); level >= 1; level--) {
            // reached this level (and not the next): owed this level's notice, unless already owed
            LocalDate dueOnOrBefore = today.minusDays(days.get(level - 1));
            LocalDate dueAfter = level < days.size() ? today.minusDays(days.get(level)) : LocalDate.of(1900, 1, 1);
            overdue += jdbc.sql("""
                            insert into notice (id, dedupe_key, kind, patron_id, loan_id, due_date, level, status,
                                next_attempt_at, created_at)
                            select gen_random_uuid(), 'OVERDUE:' || loan_id || ':' || due_date || ':' || ?, 'OVERDUE',
                                patron_id, loan_id, due_date, ?, 'PENDING', ?, ?
                            from loan_state where returned_at is null and due_date <= ? and due_date > ?
                            on conflict (dedupe_key) do nothing""")
                    .params(level, level, now, now, dueOnOrBefore, dueAfter).update();
        }
        if (dueSoon + overdue > 0) {
            log.info("Owed {} due-soon and {} overdue notices for {}", dueSoon, overdue, today);
        }
    }
}
