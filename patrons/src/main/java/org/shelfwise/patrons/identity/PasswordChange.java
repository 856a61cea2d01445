package org.shelfwise.patrons.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.shelfwise.platform.problems.FieldProblem;
import org.shelfwise.platform.problems.DomainProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** Lets a signed-in user, patron or staff, change their own password. */
@Tag(name = "Authentication")
@RestController
class PasswordChange {

    private final Accounts accounts;
    private final PasswordEncoder passwords;

    PasswordChange(Accounts accounts, PasswordEncoder passwords) {
        this.accounts = accounts;
        this.passwords = passwords;
    }

    /** The current password, to prove it is the account's holder at the keyboard, and the new one. */
    record NewPassword(@NotBlank @Size(max = 128) String currentPassword, @NotBlank @Size(min = 10, max = 128) String newPassword) {
    }

    /** The current password given was wrong. */
    static final class WrongCurrentPassword extends DomainProblem {
        WrongCurrentPassword() {
            super(HttpStatus.FORBIDDEN, "wrong-password", "Wrong password", "The current password is wrong.",
                    List.of(new FieldProblem("currentPassword", "matches", "is not the account's password")));
        }
    }

    @Operation(summary = "Change your own password (signed in)")
    @PutMapping("/api/auth/password")
    @Transactional
    ResponseEntity<Void> change(@Valid @RequestBody NewPassword request, Authentication caller) {
        var account = accounts.find(UUID.fromString(caller.getName())).orElseThrow(WrongCurrentPassword::new);
        if (!passwords.matches(request.currentPassword(), account.passwordHash())) {
            throw new WrongCurrentPassword();
        }
        accounts.changePassword(account.id(), passwords.encode(request.newPassword()));
        return ResponseEntity.noContent().build();
    }
}
