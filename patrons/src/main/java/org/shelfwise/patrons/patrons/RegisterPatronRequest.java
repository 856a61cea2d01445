package org.shelfwise.patrons.patrons;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.shelfwise.platform.input.SingleLine;

import java.time.LocalDate;

/**
 * What the desk sends to register a patron, optionally with an initial password for signing in. Surrounding spaces
 * are dropped from the text fields before validation, so the rules check exactly what is stored.
 */
record RegisterPatronRequest(
        @NotBlank @SingleLine @Size(max = 200) String name,
        // @Email alone accepts "ada@localhost"; a patron's address must have a domain that can receive mail
        @NotBlank @SingleLine @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s.]+") String email,
        @Pattern(regexp = "\\+?[0-9][0-9 ()-]{4,28}", message = "must be a phone number of digits, spaces, ( ) and -") String phone,
        @Size(max = 500) String address,
        @Past LocalDate dateOfBirth,
        // a category code; the default is the library's ordinary adult category
        @Pattern(regexp = "[a-z][a-z0-9-]{0,31}", message = "must be a category code such as adult") String category,
        // optional: a patron without one cannot sign in until given one
        @Size(min = 10, max = 128) String password) {

    RegisterPatronRequest {
        name = strip(name);
        email = strip(email);
        phone = strip(phone);
        address = strip(address);
        category = category == null ? "adult" : category.strip();
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
