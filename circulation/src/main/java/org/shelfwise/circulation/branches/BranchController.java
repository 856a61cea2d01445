package org.shelfwise.circulation.branches;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.shelfwise.platform.input.SingleLine;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The library's branches: anyone may read the list (the catalogue offers them as pick-up places); an administrator
 * keeps it.
 */
@Tag(name = "Branches")
@RestController
class BranchController {

    private final Branches branches;

    BranchController(Branches branches) {
        this.branches = branches;
    }

    /** A branch's name, as an administrator gives it. */
    record Naming(@NotBlank @SingleLine @Size(max = 100) String name) {
    }

    @Operation(summary = "The library's branches, by name")
    @GetMapping("/api/branches")
    List<Branch> all() {
        return branches.all();
    }

    @Operation(summary = "Add a branch, or rename it (ADMIN); a branch is never deleted, since holds name it")
    @PutMapping("/api/branches/{code}")
    Branch put(@PathVariable @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,31}", message = "must be 1 to 32 letters, "
                       + "digits, dots, hyphens or underscores, starting with a letter or digit") String code,
               @Valid @RequestBody Naming naming) {
        var branch = new Branch(code, naming.name().strip());
        branches.put(branch);
        return branch;
    }
}
