package org.shelfwise.circulation.loans;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.shelfwise.circulation.Topics;
import org.shelfwise.circulation.calendar.LibraryCalendar;
import org.shelfwise.events.circulation.ItemOverdue;
import org.shelfwise.platform.outbox.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.time.LocalDate;

/**
 * Marks loans overdue the first day they are, and announces each once ({@code ItemOverdue}, for notices). The
 * update itself claims the loans, so a loan is announced once however often, and on however many instances, it runs.
 */
@Component
class OverdueLoans {

    private final JdbcClient jdbc;
    private final LibraryCalendar calendar;
    private final Outbox outbox;
    private final TransactionTemplate transaction;

    OverdueLoans(JdbcClient jdbc, LibraryCalendar calendar, Outbox outbox, TransactionTemplate transaction) {
        this.jdbc = jdbc;
        this.calendar = calendar;
        this.outbox = outbox;
        this.transaction = transaction;
    }

    @Scheduled(cron = "${shelfwise.circulation.overdue-cron:0 10 * * * *}")
    @SchedulerLock(name = "mark-overdue-loans", lockAtMostFor = "PT30M")
    public void onSchedule() {
        markOverdue();
    }

    /** Marks and announces the loans that have become overdue; answers how many. */
    int markOverdue() {
        return transaction.execute(status -> mark(calendar.today()));
    }

    private int mark(LocalDate today) {
        var overdue = jdbc.sql("""
                        update loan set overdue_since = :today
                        where returned_at is null and due_date < :today and overdue_since is null
                        returning id as loan_id, copy_id, item_barcode, patron_id, patron_barcode, due_date""")
                .param("today", Date.valueOf(today)).query(ItemOverdue.class).list();
        overdue.forEach(loan -> outbox.add(Topics.LOANS, loan.copyId(), loan));
        return overdue.size();
    }
}
