package org.shelfwise.catalog.books;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** What a librarian sends to add books and copies. */
final class BookRequests {

    private BookRequests() {
    }

    /** A new bibliographic record. */
    record NewBook(
            @NotBlank @Size(max = 500) String title,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> authors,
            @NotBlank @ValidIsbn String isbn) {
    }

    /** A new physical copy, labelled with a barcode. */
    record NewCopy(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,32}", message = "must be 1 to 32 letters, digits or hyphens")
            String barcode) {
    }
}
