package org.shelfwise.patrons.categories;

import org.shelfwise.events.patrons.CategoryChanged;
import org.shelfwise.platform.outbox.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;

/** The patron categories a library has defined. */
@Repository
public class Categories {

    private final JdbcClient jdbc;
    private final Outbox outbox;

    Categories(JdbcClient jdbc, Outbox outbox) {
        this.jdbc = jdbc;
        this.outbox = outbox;
    }

    public Optional<Category> find(String code) {
        return jdbc.sql("select * from patron_category where code = ?").param(code).query(Category.class).optional();
    }

    List<Category> all() {
        return jdbc.sql("select * from patron_category order by code").query(Category.class).list();
    }

    /** Adds the category, or replaces the one with the same code, and announces it (circulation applies its limits). */
    @Transactional
    void put(Category category) {
        jdbc.sql("""
                        insert into patron_category (code, name, max_open_loans, max_holds, max_fine_balance,
                                                     card_validity_months)
                        values (:code, :name, :maxOpenLoans, :maxHolds, :maxFineBalance, :cardValidityMonths)
                        on conflict (code) do update set name = excluded.name, max_open_loans = excluded.max_open_loans,
                            max_holds = excluded.max_holds, max_fine_balance = excluded.max_fine_balance,
                            card_validity_months = excluded.card_validity_months""")
                .paramSource(category).update();
        outbox.add(CategoryTopic.NAME, category.code(), new CategoryChanged(category.code(), category.name(),
                category.maxOpenLoans(), category.maxHolds(), category.maxFineBalance(), category.cardValidityMonths()));
    }
}
