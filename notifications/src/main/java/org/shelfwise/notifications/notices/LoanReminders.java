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

/**
 * Works out the due-soon and overdue notices owed today, on one instance at a time (ShedLock), by the injected
 * clock, each loan by its loan policy's notice settings (carried on its check-out and renewal events), else by this
 * service's. Each is keyed by its loan, due date and level, so working them out again (every few minutes, or on the
 * other instance) owes nothing twice, and a renewed loan's notices follow its new due date. A loan past several
 * overdue levels at once (the service was down, or a due date was changed into the past) is owed only the highest
 * level reached, never the ones it missed in a burst.
 */
@Component
class LoanReminders {

    private static final Logger log = LoggerFactory.getLogger(LoanReminders.class);
    /** The most days before its due date a loan policy may send its due-soon notice (circulation's rule). */
    private static final int MAX_DUE_SOON_DAYS = 60;

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
        // each loan by its own policy's settings, else this service's
        int dueSoon = jdbc.sql("""
                        insert into notice (id, dedupe_key, kind, patron_id, loan_id, due_date, status, next_attempt_at, created_at)
                        select gen_random_uuid(), 'DUE_SOON:' || loan_id || ':' || due_date, 'DUE_SOON', patron_id, loan_id,
                            due_date, 'PENDING', :now, :now
                        from loan_state where returned_at is null and due_date >= :today and due_date <= :furthest
                            and due_date <= cast(:today as date) + coalesce(due_soon_days, :dueSoonDays)
                        on conflict (dedupe_key) do nothing""")
                .param("now", now).param("today", today).param("dueSoonDays", settings.dueSoonDays())
                .param("furthest", today.plusDays(Math.max(settings.dueSoonDays(), MAX_DUE_SOON_DAYS)))
                .update();
        // the highest level each overdue loan has reached: its notice, unless owed already
        int overdue = jdbc.sql("""
                        insert into notice (id, dedupe_key, kind, patron_id, loan_id, due_date, level, status,
                            next_attempt_at, created_at)
                        select gen_random_uuid(), 'OVERDUE:' || loan_id || ':' || due_date || ':' || level, 'OVERDUE',
                            patron_id, loan_id, due_date, level, 'PENDING', :now, :now
                        from (select l.loan_id, l.patron_id, l.due_date,
                                  (select cast(max(d.level) as int)
                                   from unnest(coalesce(l.overdue_days, cast(:overdueDays as int[])))
                                       with ordinality as d(days, level)
                                   where l.due_date + d.days <= cast(:today as date)) as level
                              from loan_state l where l.returned_at is null and l.due_date < :today) reached
                        where level is not null
                        on conflict (dedupe_key) do nothing""")
                .param("now", now).param("today", today)
                .param("overdueDays", settings.overdueDays().stream().mapToInt(Integer::intValue).sorted().toArray())
                .update();
        if (dueSoon + overdue > 0) {
            log.info("Owed {} due-soon and {} overdue notices for {}", dueSoon, overdue, today);
        }
    }
}
