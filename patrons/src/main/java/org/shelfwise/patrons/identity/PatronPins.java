package org.shelfwise.patrons.identity;

import org.shelfwise.patrons.identity.IdentityProblems.InvalidCredentials;
import org.shelfwise.patrons.identity.IdentityProblems.SignInLocked;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Duration;
import java.util.UUID;

/**
 * Checks a patron's password for a member of staff (a self-check kiosk's PIN) without signing the patron in: no
 * token is issued. The check is {@link PasswordCheck}'s, so it is throttled and locked out like a sign-in, and
 * counts on the same failures; only patron accounts are checked (a staff username is answered as unknown).
 */
@Service
class PatronPins {

    private final Accounts accounts;
    private final PasswordCheck passwordCheck;

    PatronPins(Accounts accounts, PasswordCheck passwordCheck) {
        this.accounts = accounts;
        this.passwordCheck = passwordCheck;
    }

    /** The outcome: the patron whose password it is, or a refusal and how long to make the caller wait for it. */
    record Outcome(UUID patronId, RuntimeException refusal, Duration delay) {
    }

    // the failure is recorded, not rolled back: the refusal is returned rather than thrown
    @Transactional
    Outcome check(String cardBarcode, String password, String address) {
        var patronAccount = accounts.findByLogin(cardBarcode).filter(account -> account.patronId() != null);
        var outcome = passwordCheck.check(cardBarcode, patronAccount, password, address);
        if (outcome.lockedFor() != null) {
            return new Outcome(null, new SignInLocked(outcome.lockedFor()), Duration.ZERO);
        }
        if (!outcome.passed()) {
            return new Outcome(null, new InvalidCredentials(), outcome.delay());
        }
        return new Outcome(outcome.account().patronId(), null, Duration.ZERO);
    }
}
