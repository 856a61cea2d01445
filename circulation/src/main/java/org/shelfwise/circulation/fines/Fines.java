package org.shelfwise.circulation.fines;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Fines and their settlements. */
@Repository
class Fines {

    private static final String COLUMNS = "id, loan_id, patron_id, patron_barcode, amount, paid, waived, final as final_amount";

    private final JdbcClient jdbc;

    Fines(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Records the loan's fine at {@code amount} unless it is already final or already at least that much; answers
     * the fine when it changed. Accrual can so run any number of times and never charge twice.
     */
    Optional<Fine> charge(UUID loanId, UUID patronId, String patronBarcode, BigDecimal amount, boolean finalAmount,
                          Instant now) {
        return jdbc.sql("""
                        insert into fine (id, loan_id, patron_id, patron_barcode, amount, final, created_at, updated_at)
                        values (:id, :loan, :patron, :barcode, :amount, :final, :now, :now)
                        on conflict (loan_id) do update set amount = greatest(fine.amount, excluded.amount),
                            final = excluded.final, updated_at = excluded.updated_at
                        where not fine.final and (fine.amount < excluded.amount or excluded.final)
                        returning\s""" + COLUMNS)
                .param("id", UUID.randomUUID()).param("loan", loanId).param("patron", patronId)
                .param("barcode", patronBarcode).param("amount", amount).param("final", finalAmount)
                .param("now", Timestamp.from(now))
                .query(Fine.class).optional();
    }

    Optional<Fine> lock(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from fine where id = ? for update").param(id).query(Fine.class).optional();
    }

    List<Fine> ofPatron(UUID patronId) {
        return jdbc.sql("select " + COLUMNS + " from fine where patron_id = ? order by created_at desc")
                .param(patronId).query(Fine.class).list();
    }

    BigDecimal balance(UUID patronId) {
        return jdbc.sql("select coalesce(sum(amount - paid - waived), 0) from fine where patron_id = ?")
                .param(patronId).query(BigDecimal.class).single();
    }

    void settle(Fine fine, String kind, BigDecimal amount, String reason, Instant now) {
        jdbc.sql("insert into fine_settlement (id, fine_id, kind, amount, reason, recorded_at) values (?, ?, ?, ?, ?, ?)")
                .params(UUID.randomUUID(), fine.id(), kind, amount, reason, Timestamp.from(now)).update();
        jdbc.sql("update fine set " + ("PAYMENT".equals(kind) ? "paid = paid" : "waived = waived") + " + ?, updated_at = ? where id = ?")
                .params(amount, Timestamp.from(now), fine.id()).update();
    }
}
