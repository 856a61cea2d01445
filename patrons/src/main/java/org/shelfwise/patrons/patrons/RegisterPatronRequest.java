package org.shelfwise.patrons.patrons;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * What the desk sends to register a patron. Surrounding spaces are dropped before validation, so the rules
 * check exactly what is stored.
 */
record RegisterPatronRequest(
        @NotBlank @Size(max = 200) String name,
        // @Email alone accepts "ada@localhost"; a patron's address must have a domain that can receive mail
        @NotBlank @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s.]+") String email) {

    RegisterPatronRequest {
        name = name == null ? null : name.strip();
        email = email == null ? null : email.strip();
    }
}
