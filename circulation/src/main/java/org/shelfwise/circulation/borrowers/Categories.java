package org.shelfwise.circulation.borrowers;

import com.github.benmanes.caffeine.cache.LoadingCache;
import org.shelfwise.circulation.ReferenceData;
import org.shelfwise.circulation.Topics;
import org.shelfwise.events.patrons.CategoryChanged;
import org.shelfwise.platform.inbox.Inbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;

/** The patron categories' limits, kept from the patrons service's {@code CategoryChanged} events. */
@Component
public class Categories {

    private final JdbcClient jdbc;
    private final Inbox inbox;
    private final LoadingCache<String, Optional<CategoryLimits>> limits;

    Categories(JdbcClient jdbc, Inbox inbox, ReferenceData referenceData) {
        this.jdbc = jdbc;
        this.inbox = inbox;
        this.limits = referenceData.cache("patron-categories", code -> jdbc.sql("""
                        select code, max_open_loans, max_holds, max_fine_balance from patron_category where code = ?""")
                .param(code).query(Categories::map).optional());
    }

    // mapped by hand, not with query(CategoryLimits.class): see Items
    private static CategoryLimits map(ResultSet rs, int row) throws SQLException {
        return new CategoryLimits(rs.getString("code"), rs.getInt("max_open_loans"), rs.getInt("max_holds"),
                rs.getBigDecimal("max_fine_balance"));
    }

    /** The category's limits; empty until its event has arrived (then only the loan policy's limits apply). */
    public Optional<CategoryLimits> of(String code) {
        return limits.get(code);
    }

    @KafkaListener(topics = Topics.PATRON_CATEGORIES)
    void on(String value) {
        var event = inbox.read(value);
        var changed = CategoryChanged.TYPES.read(event);
        inbox.handleOnce(event, envelope -> changed.ifPresent(category -> jdbc.sql("""
                        insert into patron_category (code, max_open_loans, max_holds, max_fine_balance)
                        values (?, ?, ?, ?)
                        on conflict (code) do update set max_open_loans = excluded.max_open_loans,
                            max_holds = excluded.max_holds, max_fine_balance = excluded.max_fine_balance""")
                // a category without its code or a limit cannot ever be applied: it goes to the dead-letter topic
                .params(Objects.requireNonNull(category.code(), "code"),
                        Objects.requireNonNull(category.maxOpenLoans(), "maxOpenLoans"),
                        Objects.requireNonNull(category.maxHolds(), "maxHolds"),
                        Objects.requireNonNull(category.maxFineBalance(), "maxFineBalance"))
                .update()));
        // once committed, so that no read in between keeps the old limits
        changed.ifPresent(category -> limits.invalidate(category.code()));
    }
}
