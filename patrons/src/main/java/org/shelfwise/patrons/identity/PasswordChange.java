package org.shelfwise.patrons.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.shelfwise.platform.problems.FieldProblem;
import org.shelfwise.platform.problems.DomainProblem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/** Lets a signed-in user, patron or staff, change their own password. */
@Tag(name = "Authentication")
@RestController
class PasswordChange {

    private final PasswordChanges changes;

    PasswordChange(PasswordChanges changes) {
        this.changes = changes;
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

    @Operation(summary = "Change your own password (signed in); every refresh token of the account stops working")
    @PutMapping("/api/auth/password")
    ResponseEntity<Void> change(@Valid @RequestBody NewPassword request, Authentication caller,
                                HttpServletRequest http) throws InterruptedException {
        var outcome = changes.change(UUID.fromString(caller.getName()), request.currentPassword(),
                request.newPassword(), http.getRemoteAddr());
        if (outcome.refusal() != null) {
            // after the transaction, as for a sign-in: a slowed-down attempt holds no lock and no connection
            Thread.sleep(outcome.delay());
            throw outcome.refusal();
        }
        return ResponseEntity.noContent().build();
    }
}
