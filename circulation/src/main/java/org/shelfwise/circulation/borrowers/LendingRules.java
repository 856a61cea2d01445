package org.shelfwise.circulation.borrowers;

import org.shelfwise.circulation.borrowers.LoanRefusal.Reason;

import java.util.List;
import java.util.Optional;

/**
 * The rules of lending, each a function of the account and the occasion, and the lists each decision runs, in the
 * order their refusals are given (the first not overridden is the answer).
 */
final class LendingRules {

    static final List<Rule> CHECK_OUT = List.of(LendingRules::finesWithinLimit, LendingRules::inGoodStanding,
            LendingRules::withinLoanLimit);
    static final List<Rule> RENEWAL = List.of(LendingRules::finesWithinLimit, LendingRules::inGoodStanding,
            LendingRules::nobodyElseWaiting, LendingRules::withinRenewalLimit);
    /** A renewal for a patron the replica no longer holds (another patron took their card): the loan's rules. */
    static final List<Rule> RENEWAL_WITHOUT_ACCOUNT = List.of(LendingRules::nobodyElseWaiting,
            LendingRules::withinRenewalLimit);
    static final List<Rule> HOLD = List.of(LendingRules::withinHoldLimit);

    private LendingRules() {
    }

    /** Owing more than the category allows stops new loans and renewals. */
    static Optional<LoanRefusal> finesWithinLimit(BorrowerAccount account, Occasion occasion) {
        return occasion.limits().maxFineBalance().filter(max -> account.fineBalance().compareTo(max) > 0)
                .map(max -> new LoanRefusal(Reason.FINES_OVER_LIMIT, "The patron owes " + account.fineBalance()
                        + " in fines; above " + max + " no more loans or renewals are allowed."));
    }

    /** A blocked patron, or one whose card has expired, borrows nothing (a block is told first). */
    static Optional<LoanRefusal> inGoodStanding(BorrowerAccount account, Occasion occasion) {
        var borrower = account.borrower();
        if (borrower.standing() instanceof Standing.Blocked(var reason)) {
            return Optional.of(new LoanRefusal(Reason.PATRON_BLOCKED, "The patron is blocked: " + reason));
        }
        if (borrower.cardExpiredBy(occasion.today())) {
            return Optional.of(new LoanRefusal(Reason.CARD_EXPIRED,
                    "The patron's card expired on " + borrower.cardExpiresOn() + "."));
        }
        return Optional.empty();
    }

    static Optional<LoanRefusal> withinLoanLimit(BorrowerAccount account, Occasion occasion) {
        int limit = occasion.limits().maxOpenLoans();
        return account.openLoans() < limit ? Optional.empty() : Optional.of(new LoanRefusal(Reason.LOAN_LIMIT_REACHED,
                "The patron has " + account.openLoans() + " loans open; " + limit + " are allowed."));
    }

    /** An open loan is not renewed while others wait for its book (a closed one the loan itself refuses). */
    static Optional<LoanRefusal> nobodyElseWaiting(BorrowerAccount account, Occasion occasion) {
        return occasion.loanOpen() && occasion.othersWaiting() ? Optional.of(new LoanRefusal(Reason.PATRONS_WAITING,
                "Other patrons are waiting for this book; it cannot be renewed.")) : Optional.empty();
    }

    static Optional<LoanRefusal> withinRenewalLimit(BorrowerAccount account, Occasion occasion) {
        return occasion.loanOpen() && occasion.renewals() >= occasion.policy().renewalsAllowed()
                ? Optional.of(new LoanRefusal(Reason.RENEWAL_LIMIT_REACHED, "The loan has been renewed "
                + occasion.renewals() + " times, as often as its policy allows."))
                : Optional.empty();
    }

    static Optional<HoldRefusal> withinHoldLimit(BorrowerAccount account, Occasion occasion) {
        int limit = occasion.limits().maxHolds();
        return account.activeHolds() < limit ? Optional.empty() : Optional.of(new HoldRefusal(
                HoldRefusal.Reason.HOLD_LIMIT_REACHED, "The patron has " + account.activeHolds() + " holds; " + limit
                + " are allowed."));
    }
}
