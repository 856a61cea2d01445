package org.shelfwise.circulation.policies;

import com.github.benmanes.caffeine.cache.LoadingCache;
import org.shelfwise.circulation.ReferenceData;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The loan policies, and the rules that say which applies to whom. */
@Repository
public class Policies {

    private static final String RULEBOOK = "rulebook";

    private final JdbcClient jdbc;
    /** All policies and rules, read at once: there are a few dozen, and every check-out and check-in asks. */
    private final LoadingCache<String, Rulebook> rulebook;

    Policies(JdbcClient jdbc, ReferenceData referenceData) {
        this.jdbc = jdbc;
        this.rulebook = referenceData.cache("loan-policies", key -> new Rulebook(rules(),
                all().stream().collect(Collectors.toMap(LoanPolicy::id, Function.identity()))));
    }

    private record Rulebook(List<PolicyRule> rules, Map<String, LoanPolicy> policies) {
    }

    // mapped by hand, not with query(LoanPolicy.class): see Items
    private static LoanPolicy map(ResultSet rs, int row) throws SQLException {
        return new LoanPolicy(rs.getString("id"), rs.getString("name"), rs.getInt("loan_period_days"),
                rs.getInt("renewals_allowed"), rs.getInt("max_open_loans"), rs.getInt("max_holds"),
                rs.getBigDecimal("fine_per_day"), rs.getInt("grace_days"), rs.getBigDecimal("max_fine"),
                rs.getInt("pickup_days"), (Integer) rs.getObject("due_soon_days"),
                days(rs.getArray("overdue_notice_days")));
    }

    private static List<Integer> days(Array array) throws SQLException {
        return array == null ? null : Arrays.stream((Object[]) array.getArray()).map(Integer.class::cast).toList();
    }

    /**
     * The policy of the most specific rule matching the patron's category, the item's type and its branch: the
     * rule naming the most of them, and among equals, category before item type before branch.
     */
    public LoanPolicy applicableTo(String patronCategory, String itemType, String branch) {
        var book = rulebook.get(RULEBOOK);
        return book.rules().stream()
                .filter(rule -> matches(rule.patronCategory(), patronCategory) && matches(rule.itemType(), itemType)
                        && matches(rule.branch(), branch))
                .max(Comparator.comparingInt(Policies::named).thenComparingInt(Policies::weight))
                .map(rule -> book.policies().get(rule.policyId()))
                .orElseThrow(() -> new IllegalStateException("no loan policy rule matches; keep a catch-all rule"));
    }

    private static boolean matches(String ruleValue, String value) {
        return ruleValue == null || ruleValue.equals(value);
    }

    /** How many of category, item type and branch the rule names. */
    private static int named(PolicyRule rule) {
        return (rule.patronCategory() != null ? 1 : 0) + (rule.itemType() != null ? 1 : 0) + (rule.branch() != null ? 1 : 0);
    }

    /** Among rules naming as many, category counts before item type before branch. */
    private static int weight(PolicyRule rule) {
        return (rule.patronCategory() != null ? 4 : 0) + (rule.itemType() != null ? 2 : 0) + (rule.branch() != null ? 1 : 0);
    }

    /**
     * A policy as this instance keeps it, for the desk: up to {@code REFERENCE_DATA_TTL} old when another instance
     * changed it. Policies are never deleted, so one this instance does not know yet (a loan made through another
     * instance just after it was created) is read again at once rather than reported missing.
     */
    public Optional<LoanPolicy> findKept(String id) {
        var kept = rulebook.get(RULEBOOK).policies().get(id);
        if (kept == null) {
            rulebook.invalidateAll();
            kept = rulebook.get(RULEBOOK).policies().get(id);
        }
        return Optional.ofNullable(kept);
    }

    /**
     * A policy as the database has it, for the API: an administrator who has just changed it through one instance
     * reads it back through any other.
     */
    Optional<LoanPolicy> find(String id) {
        return jdbc.sql("select * from loan_policy where id = ?").param(id).query(Policies::map).optional();
    }

    List<LoanPolicy> all() {
        return jdbc.sql("select * from loan_policy order by id").query(Policies::map).list();
    }

    void put(LoanPolicy policy) {
        jdbc.sql("""
                        insert into loan_policy (id, name, loan_period_days, renewals_allowed, max_open_loans, max_holds,
                                                 fine_per_day, grace_days, max_fine, pickup_days, due_soon_days,
                                                 overdue_notice_days)
                        values (:id, :name, :loanPeriodDays, :renewalsAllowed, :maxOpenLoans, :maxHolds, :finePerDay,
                                :graceDays, :maxFine, :pickupDays, :dueSoonDays, :overdueNoticeDays)
                        on conflict (id) do update set name = excluded.name, loan_period_days = excluded.loan_period_days,
                            renewals_allowed = excluded.renewals_allowed, max_open_loans = excluded.max_open_loans,
                            max_holds = excluded.max_holds, fine_per_day = excluded.fine_per_day,
                            grace_days = excluded.grace_days, max_fine = excluded.max_fine,
                            pickup_days = excluded.pickup_days, due_soon_days = excluded.due_soon_days,
                            overdue_notice_days = excluded.overdue_notice_days""")
                .param("id", policy.id()).param("name", policy.name()).param("loanPeriodDays", policy.loanPeriodDays())
                .param("renewalsAllowed", policy.renewalsAllowed()).param("maxOpenLoans", policy.maxOpenLoans())
                .param("maxHolds", policy.maxHolds()).param("finePerDay", policy.finePerDay())
                .param("graceDays", policy.graceDays()).param("maxFine", policy.maxFine())
                .param("pickupDays", policy.pickupDays()).param("dueSoonDays", policy.dueSoonDays())
                .param("overdueNoticeDays", policy.overdueNoticeDays() == null ? null
                        : policy.overdueNoticeDays().stream().mapToInt(Integer::intValue).toArray())
                .update();
        rulebook.invalidateAll();
    }

    List<PolicyRule> rules() {
        return jdbc.sql("select * from policy_rule order by id").query(PolicyRule.class).list();
    }

    /** Adds a rule, or repoints the rule with the same category, item type and branch. */
    PolicyRule putRule(PolicyRule rule) {
        var stored = jdbc.sql("""
                        insert into policy_rule (patron_category, item_type, branch, policy_id)
                        values (:patronCategory, :itemType, :branch, :policyId)
                        on conflict (patron_category, item_type, branch) do update set policy_id = excluded.policy_id
                        returning *""")
                .paramSource(rule).query(PolicyRule.class).single();
        rulebook.invalidateAll();
        return stored;
    }
}
