package org.shelfwise.circulation.fines;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.shelfwise.circulation.Topics;
import org.shelfwise.circulation.calendar.LibraryCalendar;
import org.shelfwise.circulation.policies.Policies;
import org.shelfwise.events.circulation.FineCharged;
import org.shelfwise.events.circulation.FinePaid;
import org.shelfwise.events.circulation.FineWaived;
import org.shelfwise.platform.outbox.Outbox;
import org.shelfwise.platform.problems.Conflict;
import org.shelfwise.platform.problems.FieldProblem;
import org.shelfwise.platform.problems.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** Charges fines for late loans as their policies say, and records payments and waivers. */
@Service
public class FineDesk {

    private static final Logger log = LoggerFactory.getLogger(FineDesk.class);

    private final Fines fines;
    private final Policies policies;
    private final LibraryCalendar calendar;
    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Clock clock;

    FineDesk(Fines fines, Policies policies, LibraryCalendar calendar, JdbcClient jdbc, Outbox outbox, Clock clock) {
        this.fines = fines;
        this.policies = policies;
        this.calendar = calendar;
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** A late loan being returned: its fine, if any, becomes final at what the lateness cost. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<Fine> chargeOnReturn(UUID loanId, UUID patronId, String patronBarcode, LocalDate dueDate, String policyId) {
        if (!dueDate.isBefore(calendar.today())) {
            return Optional.empty();
        }
        var policy = policies.findKept(policyId).orElse(null);
        if (policy == null) {
            return Optional.empty();
        }
        var amount = Fine.accrued(dueDate, calendar.today(), policy.finePerDay(), policy.graceDays(), policy.maxFine());
        if (amount.signum() <= 0) {
            return Optional.empty();
        }
        var charged = fines.charge(loanId, patronId, patronBarcode, amount, true, clock.instant());
        charged.ifPresent(this::announce);
        return charged;
    }

    /** What the patron owes in all. */
    public BigDecimal balance(UUID patronId) {
        return fines.balance(patronId);
    }

    /** Brings every open late loan's fine up to date; safe to run any number of times, on one instance at a time. */
    @Scheduled(cron = "${shelfwise.circulation.fine-accrual-cron:0 15 * * * *}")
    @SchedulerLock(name = "accrue-fines", lockAtMostFor = "PT30M")
    @Transactional
    public void accrue() {
        var today = calendar.today();
        record Late(UUID id, UUID patronId, String patronBarcode, LocalDate dueDate, BigDecimal finePerDay,
                    int graceDays, BigDecimal maxFine) {
        }
        var late = jdbc.sql("""
                        select l.id, l.patron_id, l.patron_barcode, l.due_date, p.fine_per_day, p.grace_days, p.max_fine
                        from loan l join loan_policy p on p.id = l.policy_id
                        where l.returned_at is null and l.due_date < ?""")
                .param(java.sql.Date.valueOf(today)).query(Late.class).list();
        int charged = 0;
        for (var loan : late) {
            var amount = Fine.accrued(loan.dueDate(), today, loan.finePerDay(), loan.graceDays(), loan.maxFine());
            if (amount.signum() > 0) {
                var changed = fines.charge(loan.id(), loan.patronId(), loan.patronBarcode(), amount, false, clock.instant());
                changed.ifPresent(this::announce);
                charged += changed.isPresent() ? 1 : 0;
            }
        }
        if (charged > 0) {
            log.info("Fines brought up to date on {} late loans", charged);
        }
    }

    /** Records a payment or a waiver of part or all of what is outstanding. */
    @Transactional
    Fine settle(UUID fineId, FineController.Settlement settlement) {
        var fine = fines.lock(fineId).orElseThrow(() -> new NotFound("Fine", fineId));
        if (settlement.amount().compareTo(fine.outstanding()) > 0) {
            throw new Conflict("more-than-outstanding", "More than is owed",
                    "Only " + fine.outstanding() + " is outstanding on this fine.",
                    new FieldProblem("amount", "outstanding", "must be at most " + fine.outstanding()));
        }
        fines.settle(fine, settlement.kind().name(), settlement.amount(), settlement.reason(), clock.instant());
        var settled = fines.lock(fineId).orElseThrow();
        outbox.add(Topics.FINES, settled.patronId(), settlement.kind() == FineController.Kind.PAYMENT
                ? new FinePaid(settled.id(), settled.loanId(), settled.patronId(), settled.amount(), settled.outstanding(),
                        settlement.amount(), settlement.reason())
                : new FineWaived(settled.id(), settled.loanId(), settled.patronId(), settled.amount(),
                        settled.outstanding(), settlement.amount(), settlement.reason()));
        return settled;
    }

    /** Keyed by patron, so a patron's balance changes arrive in order. */
    private void announce(Fine fine) {
        outbox.add(Topics.FINES, fine.patronId(),
                new FineCharged(fine.id(), fine.loanId(), fine.patronId(), fine.amount(), fine.outstanding(), null, null));
    }
}
