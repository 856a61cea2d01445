package org.shelfwise.patrons.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.shelfwise.platform.problems.Conflict;
import org.shelfwise.platform.problems.FieldProblem;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

/** Staff accounts, which an administrator creates with the roles LIBRARIAN and/or ADMIN. */
@Tag(name = "Staff")
@RestController
@RequestMapping("/api/staff")
class Staff {

    private final Accounts accounts;
    private final StaffAccounts staffAccounts;
    private final PasswordEncoder passwords;
    private final Clock clock;

    Staff(Accounts accounts, StaffAccounts staffAccounts, PasswordEncoder passwords, Clock clock) {
        this.accounts = accounts;
        this.staffAccounts = staffAccounts;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** A new member of staff. */
    record NewStaff(
            // staff usernames never look like a card barcode or an email, so sign-in can tell them apart
            @NotBlank @Pattern(regexp = "[a-zA-Z][a-zA-Z0-9._-]{2,39}", message = "must be 3 to 40 letters, digits, '.', '_' or '-', starting with a letter")
            String username,
            @NotBlank @Size(min = 12, max = 128) String password,
            @NotEmpty Set<@NotNull StaffRole> roles) {
    }

    /** The roles a staff account can have. */
    enum StaffRole { LIBRARIAN, ADMIN }

    /** A staff account as the API shows it. */
    record StaffView(UUID id, String username, Set<Role> roles, boolean enabled) {
        static StaffView of(Account account) {
            return new StaffView(account.id(), account.username(), account.roles(), true);
        }

        static StaffView of(StaffAccounts.Member member) {
            return new StaffView(member.id(), member.username(), member.roles(), member.enabled());
        }
    }

    @Operation(summary = "Create a staff account (ADMIN)")
    @PostMapping
    ResponseEntity<StaffView> create(@Valid @RequestBody NewStaff request) {
        var roles = request.roles().stream().map(r -> Role.valueOf(r.name())).collect(java.util.stream.Collectors.toSet());
        var account = new Account(UUID.randomUUID(), request.username().toLowerCase(Locale.ROOT),
                passwords.encode(request.password()), roles, null);
        try {
            accounts.add(account, clock.instant());
        } catch (DuplicateKeyException taken) {
            throw new Conflict("username-taken", "Username taken", "Another account is called " + account.username() + ".",
                    new FieldProblem("username", "unique", "is already taken"));
        }
        return ResponseEntity.created(URI.create("/api/staff/" + account.id())).body(StaffView.of(account));
    }

    @Operation(summary = "All staff accounts (ADMIN)")
    @GetMapping
    List<StaffView> all() {
        return staffAccounts.all().stream().map(StaffView::of).toList();
    }
}
