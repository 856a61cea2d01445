package org.shelfwise.circulation.borrowers;

import org.junit.jupiter.api.Test;
import org.shelfwise.circulation.borrowers.LoanRefusal.Reason;
import org.shelfwise.circulation.policies.LoanPolicy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The lending rules and overrides, decided on an account in memory: no Spring, no database. */
class BorrowerAccountTest {

    static final LocalDate TODAY = LocalDate.of(2030, 3, 14);
    /** Five loans, two renewals, three holds. */
    static final LoanPolicy POLICY = new LoanPolicy("standard", "Standard", 21, 2, 5, 3, new BigDecimal("0.20"), 0,
            new BigDecimal("5.00"), 7, null, null);
    /** Four loans, ten holds, at most 10.00 owed. */
    static final CategoryLimits ADULT = new CategoryLimits("adult", 4, 10, new BigDecimal("10.00"));

    static Borrower borrower(Standing standing, LocalDate cardExpiresOn) {
        return new Borrower(UUID.randomUUID(), "P1", "Ada", standing, "adult", cardExpiresOn);
    }

    static BorrowerAccount account(long openLoans, long holds, String owed) {
        return account(borrower(new Standing.Active(), TODAY.plusYears(1)), openLoans, holds, owed);
    }

    static BorrowerAccount account(Borrower borrower, long openLoans, long holds, String owed) {
        return new BorrowerAccount(borrower, Optional.of(ADULT), openLoans, holds, new BigDecimal(owed));
    }

    static Reason refusalOf(Runnable decision) {
        try {
            decision.run();
        } catch (LoanRefusal refusal) {
            return refusal.reason();
        }
        throw new AssertionError("not refused");
    }

    @Test
    void lendsToAPatronInGoodStandingBelowEveryLimitWithNothingOverridden() {
        var approval = account(3, 0, "10.00").checkOut(POLICY, TODAY, Overrides.none());
        assertThat(approval.overridden()).isEmpty();
        assertThat(approval.reason()).isNull();
    }

    @Test
    void refusesABlockedPatronNamingTheBlocksReason() {
        var blocked = account(borrower(new Standing.Blocked("Unpaid fines"), null), 0, 0, "0");
        assertThatThrownBy(() -> blocked.checkOut(POLICY, TODAY, Overrides.none()))
                .isInstanceOfSatisfying(LoanRefusal.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(Reason.PATRON_BLOCKED);
                    assertThat(refusal.getMessage()).isEqualTo("The patron is blocked: Unpaid fines");
                    assertThat(refusal.errors().getFirst().field()).isEqualTo("patronBarcode");
                });
    }

    @Test
    void refusesACardExpiredBeforeTodayButLendsOnItsLastDay() {
        var expired = account(borrower(new Standing.Active(), TODAY.minusDays(1)), 0, 0, "0");
        assertThat(refusalOf(() -> expired.checkOut(POLICY, TODAY, Overrides.none()))).isEqualTo(Reason.CARD_EXPIRED);
        var lastDay = account(borrower(new Standing.Active(), TODAY), 0, 0, "0");
        assertThat(lastDay.checkOut(POLICY, TODAY, Overrides.none()).overridden()).isEmpty();
        var noExpiry = account(borrower(new Standing.Active(), null), 0, 0, "0");
        assertThat(noExpiry.checkOut(POLICY, TODAY, Overrides.none()).overridden()).isEmpty();
    }

    @Test
    void tellsABlockBeforeAnExpiredCardAndOverridesOnlyTheBlock() {
        var both = account(borrower(new Standing.Blocked("Lost card"), TODAY.minusYears(1)), 0, 0, "0");
        assertThat(refusalOf(() -> both.checkOut(POLICY, TODAY, Overrides.none()))).isEqualTo(Reason.PATRON_BLOCKED);
        assertThat(both.checkOut(POLICY, TODAY, Overrides.because("New card")).overridden())
                .extracting(Refusal::slug).containsExactly("patron-blocked");
    }

    @Test
    void refusesFinesAboveTheCategorysMaximumOnlyWhenTheCategoryIsKnown() {
        assertThat(refusalOf(() -> account(0, 0, "10.01").checkOut(POLICY, TODAY, Overrides.none())))
                .isEqualTo(Reason.FINES_OVER_LIMIT);
        assertThatThrownBy(() -> account(0, 0, "10.01").checkOut(POLICY, TODAY, Overrides.none()))
                .hasMessage("The patron owes 10.01 in fines; above 10.00 no more loans or renewals are allowed.");
        var uncategorised = new BorrowerAccount(borrower(new Standing.Active(), null), Optional.empty(), 0, 0,
                new BigDecimal("999"));
        assertThat(uncategorised.checkOut(POLICY, TODAY, Overrides.none()).overridden()).isEmpty();
    }

    @Test
    void allowsTheSmallerOfTheCategorysAndThePolicysOpenLoans() {
        assertThat(account(3, 0, "0").limits(POLICY).maxOpenLoans()).isEqualTo(4);
        assertThatThrownBy(() -> account(4, 0, "0").checkOut(POLICY, TODAY, Overrides.none()))
                .isInstanceOf(LoanRefusal.class).hasMessage("The patron has 4 loans open; 4 are allowed.");
        var uncategorised = new BorrowerAccount(borrower(new Standing.Active(), null), Optional.empty(), 4, 0,
                BigDecimal.ZERO);
        assertThat(uncategorised.checkOut(POLICY, TODAY, Overrides.none()).overridden()).isEmpty();
        var atPolicysLimit = new BorrowerAccount(uncategorised.borrower(), Optional.empty(), 5, 0, BigDecimal.ZERO);
        assertThat(refusalOf(() -> atPolicysLimit.checkOut(POLICY, TODAY, Overrides.none())))
                .isEqualTo(Reason.LOAN_LIMIT_REACHED);
    }

    @Test
    void givesTheFirstRefusalInRuleOrderFinesThenStandingThenTheLimit() {
        var everything = account(borrower(new Standing.Blocked("x"), null), 9, 0, "50");
        assertThat(refusalOf(() -> everything.checkOut(POLICY, TODAY, Overrides.none())))
                .isEqualTo(Reason.FINES_OVER_LIMIT);
    }

    @Test
    void anOverrideLendsDespiteEveryOverridableRefusalAndListsThemWithItsReason() {
        var everything = account(borrower(new Standing.Blocked("x"), null), 9, 0, "50");
        var approval = everything.checkOut(POLICY, TODAY, Overrides.because("  Head librarian agreed  "));
        assertThat(approval.overridden()).extracting(Refusal::slug)
                .containsExactly("fines-over-limit", "patron-blocked", "loan-limit-reached");
        assertThat(approval.reason()).isEqualTo("Head librarian agreed");
    }

    @Test
    void renewsUntilThePolicysRenewalsAreUsedUnlessOverridden() {
        var account = account(1, 0, "0");
        assertThat(account.renew(POLICY, new BorrowerAccount.Renewal(true, 1, false), TODAY, Overrides.none())
                .overridden()).isEmpty();
        var third = new BorrowerAccount.Renewal(true, 2, false);
        assertThatThrownBy(() -> account.renew(POLICY, third, TODAY, Overrides.none()))
                .isInstanceOfSatisfying(LoanRefusal.class, r -> assertThat(r.reason()).isEqualTo(Reason.RENEWAL_LIMIT_REACHED))
                .hasMessage("The loan has been renewed 2 times, as often as its policy allows.");
        assertThat(account.renew(POLICY, third, TODAY, Overrides.because("Exam week")).overridden())
                .extracting(Refusal::slug).containsExactly("renewal-limit-reached");
    }

    @Test
    void refusesARenewalWhileOthersWaitUnlessOverridden() {
        var waited = new BorrowerAccount.Renewal(true, 0, true);
        assertThat(refusalOf(() -> account(1, 0, "0").renew(POLICY, waited, TODAY, Overrides.none())))
                .isEqualTo(Reason.PATRONS_WAITING);
        assertThat(account(1, 0, "0").renew(POLICY, waited, TODAY, Overrides.because("Last copy")).overridden())
                .extracting(Refusal::slug).containsExactly("patrons-waiting");
    }

    @Test
    void aRenewalWeighsThePatronsStandingAndFinesButNotTheirLoanLimit() {
        var renewal = new BorrowerAccount.Renewal(true, 0, false);
        assertThat(account(9, 0, "0").renew(POLICY, renewal, TODAY, Overrides.none()).overridden()).isEmpty();
        assertThat(refusalOf(() -> account(1, 0, "11").renew(POLICY, renewal, TODAY, Overrides.none())))
                .isEqualTo(Reason.FINES_OVER_LIMIT);
        var blocked = account(borrower(new Standing.Blocked("x"), null), 1, 0, "0");
        assertThat(refusalOf(() -> blocked.renew(POLICY, renewal, TODAY, Overrides.none())))
                .isEqualTo(Reason.PATRON_BLOCKED);
    }

    @Test
    void leavesAClosedLoanToTheLoanItselfAfterThePatronsOwnRules() {
        var closed = new BorrowerAccount.Renewal(false, 5, true);
        assertThat(account(1, 0, "0").renew(POLICY, closed, TODAY, Overrides.none()).overridden()).isEmpty();
        var blocked = account(borrower(new Standing.Blocked("x"), null), 1, 0, "0");
        assertThat(refusalOf(() -> blocked.renew(POLICY, closed, TODAY, Overrides.none())))
                .isEqualTo(Reason.PATRON_BLOCKED);
    }

    @Test
    void aRenewalForAPatronNoLongerKnownAppliesOnlyTheLoansRules() {
        assertThat(BorrowerAccount.renewWithoutAccount(POLICY, new BorrowerAccount.Renewal(true, 0, false), TODAY,
                Overrides.none()).overridden()).isEmpty();
        assertThat(refusalOf(() -> BorrowerAccount.renewWithoutAccount(POLICY, new BorrowerAccount.Renewal(true, 2, false),
                TODAY, Overrides.none()))).isEqualTo(Reason.RENEWAL_LIMIT_REACHED);
    }

    @Test
    void allowsTheSmallerOfTheCategorysAndThePolicysHoldsAndNoOverride() {
        account(2, 2, "0").placeHold(POLICY, TODAY);
        assertThatThrownBy(() -> account(0, 3, "0").placeHold(POLICY, TODAY))
                .isInstanceOfSatisfying(HoldRefusal.class, refusal -> {
                    assertThat(refusal.reason()).isEqualTo(HoldRefusal.Reason.HOLD_LIMIT_REACHED);
                    assertThat(refusal.slug()).isEqualTo("hold-limit-reached");
                    assertThat(refusal.overridable()).isFalse();
                })
                .hasMessage("The patron has 3 holds; 3 are allowed.");
        var fewHolds = new BorrowerAccount(borrower(new Standing.Active(), null),
                Optional.of(new CategoryLimits("child", 4, 1, BigDecimal.TEN)), 0, 1, BigDecimal.ZERO);
        assertThatThrownBy(() -> fewHolds.placeHold(POLICY, TODAY)).hasMessage("The patron has 1 holds; 1 are allowed.");
    }

    @Test
    void aPhysicalFactIsNeverOverridable() {
        assertThat(new LoanRefusal(Reason.COPY_NOT_AVAILABLE, "on loan").overridable()).isFalse();
        assertThat(new LoanRefusal(Reason.NOT_ON_LOAN, "closed").overridable()).isFalse();
        assertThat(new LoanRefusal(Reason.LOAN_LIMIT_REACHED, "limit").overridable()).isTrue();
    }

    @Test
    void readsTheStandingThePatronsServiceDescribes() {
        assertThat(Standing.of("BLOCKED", "Unpaid")).isEqualTo(new Standing.Blocked("Unpaid"));
        assertThat(Standing.of("ACTIVE", null)).isEqualTo(new Standing.Active());
        assertThat(new Standing.Blocked("Unpaid").status()).isEqualTo("BLOCKED");
        assertThat(new Standing.Blocked("Unpaid").blockedReason()).isEqualTo("Unpaid");
        assertThat(new Standing.Active().status()).isEqualTo("ACTIVE");
        assertThat(new Standing.Active().blockedReason()).isNull();
        var replicated = new Borrower(UUID.randomUUID(), "P2", "Bo", "BLOCKED", "adult", null, "Lost card");
        assertThat(replicated.standing()).isEqualTo(new Standing.Blocked("Lost card"));
    }
}
