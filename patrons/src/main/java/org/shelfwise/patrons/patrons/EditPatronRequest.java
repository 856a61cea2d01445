package org.shelfwise.patrons.patrons;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.shelfwise.platform.input.SingleLine;

import java.time.LocalDate;

/**
 * A patron's details as the desk replaces them: what is left out (phone, address, date of birth) is cleared. The
 * rules are registration's; surrounding spaces are dropped before they are checked.
 */
record EditPatronRequest(
        @NotBlank @SingleLine @Size(max = 200) String name,
        @NotBlank @SingleLine @Size(max = 254) @Email(regexp = "[^@\\s]+@[^@\\s]+\\.[^@\\s.]+") String email,
        @Pattern(regexp = "\\+?[0-9][0-9 ()-]{4,28}", message = "must be a phone number of digits, spaces, ( ) and -") String phone,
        @Size(max = 500) String address,
        @Past LocalDate dateOfBirth,
        @NotBlank @Pattern(regexp = "[a-z][a-z0-9-]{0,31}", message = "must be a category code such as adult") String category) {

    EditPatronRequest {
        name = strip(name);
        email = strip(email);
        phone = blankToNull(strip(phone));
        address = blankToNull(strip(address));
        category = strip(category);
    }

    Patron.Contact contact() {
        return new Patron.Contact(phone, address, dateOfBirth);
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }

    private static String blankToNull(String text) {
        return text == null || text.isEmpty() ? null : text;
    }
}
