package org.shelfwise.notifications.notices;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Each hold and loan as circulation's events last told it, checked just before a notice about it goes out. */
@Repository
class CirculationState {

    private final JdbcClient jdbc;

    CirculationState(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void putHold(UUID holdId, UUID patronId, UUID bookId, String status, UUID copyId, String itemBarcode,
                 LocalDate pickupBy, String branch) {
        jdbc.sql("""
                        insert into hold_state (hold_id, patron_id, book_id, status, copy_id, item_barcode, pickup_by, branch)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (hold_id) do update set status = excluded.status, copy_id = excluded.copy_id,
                            item_barcode = excluded.item_barcode, pickup_by = excluded.pickup_by,
                            branch = coalesce(excluded.branch, hold_state.branch)""")
                .params(holdId, patronId, bookId, status, copyId, itemBarcode, pickupBy, branch).update();
    }

    /** A loan lent; {@code dueSoonDays} and {@code overdueDays} from its policy, null for this service's defaults. */
    void lent(UUID loanId, UUID patronId, UUID copyId, UUID bookId, String itemBarcode, LocalDate dueDate,
              Integer dueSoonDays, List<Integer> overdueDays) {
        jdbc.sql("""
                        insert into loan_state (loan_id, patron_id, copy_id, book_id, item_barcode, due_date,
                            due_soon_days, overdue_days)
                        values (?, ?, ?, ?, ?, ?, ?, ?)
                        on conflict (loan_id) do nothing""")
                .params(loanId, patronId, copyId, bookId, itemBarcode, dueDate, dueSoonDays, array(overdueDays))
                .update();
    }

    /** A loan renewed, under its policy's notice settings as they now are. */
    void renewed(UUID loanId, LocalDate dueDate, Integer dueSoonDays, List<Integer> overdueDays) {
        jdbc.sql("""
                        update loan_state set due_date = ?, due_soon_days = ?, overdue_days = ?
                        where loan_id = ? and returned_at is null""")
                .params(dueDate, dueSoonDays, array(overdueDays), loanId).update();
    }

    private static int[] array(List<Integer> days) {
        return days == null ? null : days.stream().mapToInt(Integer::intValue).toArray();
    }

    void returned(UUID loanId, Instant returnedAt) {
        jdbc.sql("update loan_state set returned_at = coalesce(returned_at, ?) where loan_id = ?")
                .params(java.sql.Timestamp.from(returnedAt == null ? Instant.EPOCH : returnedAt), loanId).update();
    }
}
