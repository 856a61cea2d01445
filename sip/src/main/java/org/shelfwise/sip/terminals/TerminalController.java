package org.shelfwise.sip.terminals;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.shelfwise.platform.input.SingleLine;
import org.shelfwise.platform.problems.Conflict;
import org.shelfwise.platform.problems.FieldProblem;
import org.shelfwise.platform.problems.NotFound;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The self-check kiosks' terminal accounts, which an administrator creates, lists and disables. */
@Tag(name = "SIP2 terminals")
@RestController
@RequestMapping("/api/sip-terminals")
class TerminalController {

    private final Terminals terminals;
    private final Clock clock;

    TerminalController(Terminals terminals, Clock clock) {
        this.terminals = terminals;
        this.clock = clock;
    }

    /**
     * A new terminal. Its login and password travel in SIP2 fields, which end at {@code |}: neither may hold one.
     */
    record NewTerminal(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{2,39}",
                    message = "must be 3 to 40 letters, digits, '.', '_' or '-', starting with a letter or digit")
            String login,
            @NotBlank @Size(min = 12, max = 128) @SingleLine
            @Pattern(regexp = "[^|]*", message = "must not contain '|', which ends a SIP2 field")
            String password,
            @NotBlank @Size(max = 100) @SingleLine
            @Pattern(regexp = "[^|]*", message = "must not contain '|', which ends a SIP2 field")
            String location) {
    }

    @Operation(summary = "Create a terminal account for a self-check kiosk (ADMIN)")
    @PostMapping
    ResponseEntity<Terminal> create(@Valid @RequestBody NewTerminal request) {
        var terminal = new Terminal(UUID.randomUUID(), request.login(), request.location().strip(), true,
                clock.instant(), null);
        try {
            terminals.add(terminal, request.password());
        } catch (DuplicateKeyException taken) {
            throw new Conflict("login-taken", "Login taken", "Another terminal logs in as " + terminal.login() + ".",
                    new FieldProblem("login", "unique", "is already taken"));
        }
        return ResponseEntity.created(URI.create("/api/sip-terminals/" + terminal.id())).body(terminal);
    }

    @Operation(summary = "All terminal accounts, by login (ADMIN)")
    @GetMapping
    List<Terminal> all() {
        return terminals.all();
    }

    @Operation(summary = "One terminal account (ADMIN)")
    @GetMapping("/{id}")
    Terminal one(@PathVariable UUID id) {
        return terminals.find(id).orElseThrow(() -> new NotFound("SIP terminal", id));
    }

    @Operation(summary = "Disable a terminal: it can no longer log in, and its connections are refused (ADMIN)")
    @PutMapping("/{id}/disabled")
    Terminal disable(@PathVariable UUID id) {
        return terminals.enable(id, false, clock.instant()).orElseThrow(() -> new NotFound("SIP terminal", id));
    }

    @Operation(summary = "Enable a disabled terminal again (ADMIN)")
    @DeleteMapping("/{id}/disabled")
    Terminal enable(@PathVariable UUID id) {
        return terminals.enable(id, true, clock.instant()).orElseThrow(() -> new NotFound("SIP terminal", id));
    }
}
