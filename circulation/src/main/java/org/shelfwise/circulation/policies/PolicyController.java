package org.shelfwise.circulation.policies;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import org.shelfwise.platform.problems.FieldProblem;
import org.shelfwise.platform.problems.InvalidInput;
import org.shelfwise.platform.problems.NotFound;
import org.shelfwise.platform.problems.UnknownReference;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** Loan policies and the rules that pick them: anyone may read them, an administrator changes them. */
@Tag(name = "Loan policies")
@RestController
class PolicyController {

    private final Policies policies;

    PolicyController(Policies policies) {
        this.policies = policies;
    }

    @Operation(summary = "All loan policies")
    @GetMapping("/api/policies")
    List<LoanPolicy> all() {
        return policies.all();
    }

    @Operation(summary = "One loan policy")
    @GetMapping("/api/policies/{id}")
    LoanPolicy one(@PathVariable String id) {
        return policies.find(id).orElseThrow(() -> new NotFound("Policy", id));
    }

    @Operation(summary = "Define or change a loan policy (ADMIN)")
    @PutMapping("/api/policies/{id}")
    LoanPolicy put(@PathVariable @Pattern(regexp = "[a-z][a-z0-9-]{0,39}", message = "must be 1 to 40 lower-case letters, digits or hyphens, starting with a letter") String id,
                   @Valid @RequestBody LoanPolicy policy) {
        checkIncreasing(policy.overdueNoticeDays());
        var stored = new LoanPolicy(id, policy.name().strip(), policy.loanPeriodDays(), policy.renewalsAllowed(),
                policy.maxOpenLoans(), policy.maxHolds(), policy.finePerDay().setScale(2), policy.graceDays(),
                policy.maxFine().setScale(2), policy.pickupDays(), policy.dueSoonDays(),
                policy.overdueNoticeDays() == null ? null : List.copyOf(policy.overdueNoticeDays()));
        policies.put(stored);
        return stored;
    }

    @Operation(summary = "The rules, each naming the category, item type and branch it covers (null: any)")
    @GetMapping("/api/policy-rules")
    List<PolicyRule> rules() {
        return policies.rules();
    }

    @Operation(summary = "Add a rule, or repoint the rule for the same category, item type and branch (ADMIN)")
    @PutMapping("/api/policy-rules")
    PolicyRule putRule(@Valid @RequestBody PolicyRule rule) {
        policies.find(rule.policyId()).orElseThrow(() ->
                new UnknownReference("policyId", "No loan policy has id " + rule.policyId() + "."));
        return policies.putRule(new PolicyRule(null, blankToNull(rule.patronCategory()), blankToNull(rule.itemType()),
                blankToNull(rule.branch()), rule.policyId()));
    }

    /** Each overdue notice comes later than the one before it. */
    private static void checkIncreasing(List<Integer> days) {
        if (days == null) {
            return;
        }
        for (int i = 1; i < days.size(); i++) {
            if (days.get(i) <= days.get(i - 1)) {
                throw new InvalidInput(new FieldProblem("overdueNoticeDays", "increasing",
                        "must be increasing: each overdue notice later than the one before, e.g. [1, 7, 14]"));
            }
        }
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
