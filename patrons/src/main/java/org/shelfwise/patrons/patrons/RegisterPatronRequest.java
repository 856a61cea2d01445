package org.shelfwise.patrons.patrons;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the desk sends to register a patron, optionally with an initial password for signing in. Surrounding spaces
 * are dropped from name and email before validation, so the rules check exactly what is stored.
 */
record RegisterPatronRequest(
        @NotBlank @Size(max = 200) String name,
        // @Email alone accepts "ada@localhost"; a patron's address must have a domain that can receive mail
        @NotBlank @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s.]+") String email,
        // optional: a patron without one cannot sign in until given one
        @Size(min = 10, max = 128) String password) {

    RegisterPatronRequest {
        name = name == null ? null : name.strip();
        email = email == null ? null : email.strip();
    }
}
