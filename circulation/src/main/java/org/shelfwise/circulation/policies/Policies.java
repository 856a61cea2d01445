package org.shelfwise.circulation.policies;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

/** The loan policies, and the rules that say which applies to whom. */
@Repository
public class Policies {

    private final JdbcClient jdbc;

    Policies(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // mapped by hand, not with query(LoanPolicy.class): see Items
    private static LoanPolicy map(ResultSet rs, int row) throws SQLException {
        return new LoanPolicy(rs.getString("id"), rs.getString("name"), rs.getInt("loan_period_days"),
                rs.getInt("renewals_allowed"), rs.getInt("max_open_loans"), rs.getInt("max_holds"),
                rs.getBigDecimal("fine_per_day"), rs.getInt("grace_days"), rs.getBigDecimal("max_fine"),
                rs.getInt("pickup_days"));
    }

    /**
     * The policy of the most specific rule matching the patron's category, the item's type and its branch: the
     * rule naming the most of them, and among equals, category before item type before branch.
     */
    public LoanPolicy applicableTo(String patronCategory, String itemType, String branch) {
        return jdbc.sql("""
                        select p.* from policy_rule r join loan_policy p on p.id = r.policy_id
                        where (r.patron_category is null or r.patron_category = :category)
                          and (r.item_type is null or r.item_type = :itemType)
                          and (r.branch is null or r.branch = :branch)
                        order by (r.patron_category is not null)::int + (r.item_type is not null)::int
                                     + (r.branch is not null)::int desc,
                                 (r.patron_category is not null)::int * 4 + (r.item_type is not null)::int * 2
                                     + (r.branch is not null)::int desc
                        limit 1""")
                .param("category", patronCategory).param("itemType", itemType).param("branch", branch)
                .query(Policies::map).optional()
                .orElseThrow(() -> new IllegalStateException("no loan policy rule matches; keep a catch-all rule"));
    }

    public Optional<LoanPolicy> find(String id) {
        return jdbc.sql("select * from loan_policy where id = ?").param(id).query(Policies::map).optional();
    }

    List<LoanPolicy> all() {
        return jdbc.sql("select * from loan_policy order by id").query(Policies::map).list();
    }

    void put(LoanPolicy policy) {
        jdbc.sql("""
                        insert into loan_policy (id, name, loan_period_days, renewals_allowed, max_open_loans, max_holds,
                                                 fine_per_day, grace_days, max_fine, pickup_days)
                        values (:id, :name, :loanPeriodDays, :renewalsAllowed, :maxOpenLoans, :maxHolds, :finePerDay,
                                :graceDays, :maxFine, :pickupDays)
                        on conflict (id) do update set name = excluded.name, loan_period_days = excluded.loan_period_days,
                            renewals_allowed = excluded.renewals_allowed, max_open_loans = excluded.max_open_loans,
                            max_holds = excluded.max_holds, fine_per_day = excluded.fine_per_day,
                            grace_days = excluded.grace_days, max_fine = excluded.max_fine,
                            pickup_days = excluded.pickup_days""")
                .paramSource(policy).update();
    }

    List<PolicyRule> rules() {
        return jdbc.sql("select * from policy_rule order by id").query(PolicyRule.class).list();
    }

    /** Adds a rule, or repoints the rule with the same category, item type and branch. */
    PolicyRule putRule(PolicyRule rule) {
        return jdbc.sql("""
                        insert into policy_rule (patron_category, item_type, branch, policy_id)
                        values (:patronCategory, :itemType, :branch, :policyId)
                        on conflict (patron_category, item_type, branch) do update set policy_id = excluded.policy_id
                        returning *""")
                .paramSource(rule).query(PolicyRule.class).single();
    }
}
