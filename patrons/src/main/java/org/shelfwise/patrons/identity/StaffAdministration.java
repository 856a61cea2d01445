package org.shelfwise.patrons.identity;

import org.shelfwise.platform.problems.Conflict;
import org.shelfwise.platform.problems.NotFound;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * An administrator's changes to staff accounts: roles, disabling and enabling, a new password. Disabling or a new
 * password ends the account's sessions (its refresh tokens are revoked); no change may leave the library without an
 * enabled administrator.
 */
@Service
class StaffAdministration {

    private final StaffAccounts staff;
    private final Accounts accounts;
    private final RefreshTokens refreshTokens;
    private final PasswordEncoder passwords;
    private final Clock clock;

    StaffAdministration(StaffAccounts staff, Accounts accounts, RefreshTokens refreshTokens, PasswordEncoder passwords,
                        Clock clock) {
        this.staff = staff;
        this.accounts = accounts;
        this.refreshTokens = refreshTokens;
        this.passwords = passwords;
        this.clock = clock;
    }

    @Transactional
    StaffAccounts.Member changeRoles(UUID id, Set<Role> roles) {
        change(id, member -> new StaffAccounts.Member(member.id(), member.username(), roles, member.enabled()));
        staff.changeRoles(id, roles);
        return found(id);
    }

    @Transactional
    StaffAccounts.Member disable(UUID id) {
        change(id, member -> new StaffAccounts.Member(member.id(), member.username(), member.roles(), false));
        staff.disable(id, clock.instant());
        refreshTokens.revokeAll(id, clock.instant());
        return found(id);
    }

    @Transactional
    StaffAccounts.Member enable(UUID id) {
        change(id, member -> new StaffAccounts.Member(member.id(), member.username(), member.roles(), true));
        staff.enable(id);
        return found(id);
    }

    @Transactional
    StaffAccounts.Member resetPassword(UUID id, String password) {
        change(id, Function.identity());
        accounts.changePassword(id, passwords.encode(password));
        refreshTokens.revokeAll(id, clock.instant());
        return found(id);
    }

    /** Checks, with every staff account locked, that the account exists and the change leaves an enabled ADMIN. */
    private void change(UUID id, Function<StaffAccounts.Member, StaffAccounts.Member> change) {
        List<StaffAccounts.Member> all = staff.lockAll();
        var member = all.stream().filter(m -> m.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFound("Staff account", id));
        var after = change.apply(member);
        boolean adminLeft = all.stream().map(m -> m == member ? after : m).anyMatch(StaffAccounts.Member::isEnabledAdmin);
        if (!adminLeft) {
            throw new Conflict("last-admin", "Last administrator",
                    "The account " + member.username() + " is the last enabled administrator: enable or make another "
                            + "administrator first.");
        }
    }

    private StaffAccounts.Member found(UUID id) {
        return staff.find(id).orElseThrow(() -> new NotFound("Staff account", id));
    }
}
