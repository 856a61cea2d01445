package org.shelfwise.patrons.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import org.shelfwise.patrons.identity.Staff.StaffRole;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** One staff account as an administrator changes it: roles, disabled or not, a new password (ADMIN). */
@Tag(name = "Staff")
@RestController
@RequestMapping("/api/staff/{id}")
class StaffAccountController {

    private final StaffAccounts staff;
    private final StaffAdministration administration;

    StaffAccountController(StaffAccounts staff, StaffAdministration administration) {
        this.staff = staff;
        this.administration = administration;
    }

    /** The roles an account is to have. */
    record Roles(@NotEmpty Set<@NotNull StaffRole> roles) {
        Set<Role> asRoles() {
            return roles.stream().map(r -> Role.valueOf(r.name())).collect(Collectors.toUnmodifiableSet());
        }
    }

    /** The new password an administrator gives an account. */
    record NewPassword(@NotBlank @Size(min = 12, max = 128) String password) {
    }

    /** A staff account as the API shows it, with whether it may sign in. */
    record StaffAccountView(UUID id, String username, Set<Role> roles, boolean enabled) {
        static StaffAccountView of(StaffAccounts.Member member) {
            return new StaffAccountView(member.id(), member.username(), member.roles(), member.enabled());
        }
    }

    @Operation(summary = "One staff account, with whether it is enabled (ADMIN)")
    @GetMapping
    StaffAccountView account(@PathVariable UUID id) {
        return staff.find(id).map(StaffAccountView::of)
                .orElseThrow(() -> new org.shelfwise.platform.problems.NotFound("Staff account", id));
    }

    @Operation(summary = "Change a staff account's roles; the last enabled ADMIN keeps ADMIN (ADMIN)")
    @PutMapping("/roles")
    StaffAccountView roles(@PathVariable UUID id, @Valid @RequestBody Roles roles) {
        return StaffAccountView.of(administration.changeRoles(id, roles.asRoles()));
    }

    @Operation(summary = "Disable a staff account: it cannot sign in and its sessions end; not the last enabled ADMIN (ADMIN)")
    @PutMapping("/disabled")
    StaffAccountView disable(@PathVariable UUID id) {
        return StaffAccountView.of(administration.disable(id));
    }

    @Operation(summary = "Enable a disabled staff account again (ADMIN)")
    @DeleteMapping("/disabled")
    StaffAccountView enable(@PathVariable UUID id) {
        return StaffAccountView.of(administration.enable(id));
    }

    @Operation(summary = "Give a staff account a new password; its sessions end (ADMIN)")
    @PutMapping("/password")
    StaffAccountView resetPassword(@PathVariable UUID id, @Valid @RequestBody NewPassword request) {
        return StaffAccountView.of(administration.resetPassword(id, request.password()));
    }
}
