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
import java.time.Instant;
import java.time.LocalDate;

/**
 * Once the day's digest time has come (the library's local time, by the injected clock), owes each patron with
 * notices held for their digest one digest notice, and gathers into it the notices held before that time; those held
 * later wait for the next day's. On one instance at a time (ShedLock); the digest's key names the patron and the
 * day, so running again, on this instance or another, owes no second digest. The digest is then sent like any
 * notice (claimed, checked, retried); its notices are checked against the current state just before it goes.
 */
@Component
class DailyDigests {

    private static final Logger log = LoggerFactory.getLogger(DailyDigests.class);

    private final JdbcClient jdbc;
    private final Clock clock;
    private final NoticeSettings settings;

    DailyDigests(JdbcClient jdbc, Clock clock, NoticeSettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    @Scheduled(fixedDelayString = "${shelfwise.notices.digest.check-interval}",
            initialDelayString = "${shelfwise.notices.digest.check-interval}")
    @SchedulerLock(name = "daily-digests")
    @Transactional
    public void run() {
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, settings.timeZone());
        Instant due = today.atTime(settings.digest().time()).atZone(settings.timeZone()).toInstant();
        if (now.isBefore(due)) {
            return;
        }
        int gathered = jdbc.sql("""
                        with digests as (
                            insert into notice (id, dedupe_key, kind, patron_id, status, next_attempt_at, created_at)
                            select gen_random_uuid(), 'DIGEST:' || patron_id || ':' || :today, 'DIGEST', patron_id,
                                'PENDING', :now, :now
                            from (select distinct patron_id from notice
                                  where status = 'DIGEST' and digest_id is null and created_at < :due) waiting
                            on conflict (dedupe_key) do nothing
                            returning id, patron_id)
                        update notice held set digest_id = digests.id from digests
                        where held.patron_id = digests.patron_id and held.status = 'DIGEST' and held.digest_id is null
                            and held.created_at < :due""")
                .param("today", today.toString()).param("now", Timestamp.from(now)).param("due", Timestamp.from(due))
                .update();
        if (gathered > 0) {
            log.info("Gathered {} notices into the digests of {}", gathered, today);
        }
    }
}
