package org.shelfwise.catalog.books;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/** What a librarian sends to catalogue books and copies. */
public final class BookRequests {

    private BookRequests() {
    }

    /** A whole bibliographic record, to add (POST) or replace (PUT); the target of a merge patch (PATCH). */
    public record BookInput(
            @NotBlank @Size(max = 500) String title,
            @Size(max = 500) String subtitle,
            @NotEmpty @Size(max = 50) List<@NotBlank @Size(max = 200) String> authors,
            @NotBlank @ValidIsbn String isbn,
            @Size(max = 200) String publisher,
            @Min(1000) @Max(2100) Integer publicationYear,
            @ValidLanguage String language,
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> subjects,
            @Size(max = 20_000) String description,
            @Size(max = 100) String edition) {

        public static BookInput of(BookDetails details) {
            return new BookInput(details.title(), details.subtitle(), details.authors(), details.isbn().value(),
                    details.publisher(), details.publicationYear(),
                    details.language() == null ? null : details.language().code(), details.subjects(),
                    details.description(), details.edition());
        }

        /** The validated input as domain values: trimmed, blanks as absent, ISBN as ISBN-13. */
        public BookDetails toDetails() {
            return new BookDetails(title.strip(), text(subtitle), authors.stream().map(String::strip).toList(),
                    Isbn.parse(isbn).orElseThrow(), text(publisher), publicationYear,
                    Language.parse(language).orElse(null),
                    subjects == null ? List.of() : subjects.stream().map(String::strip).distinct().toList(),
                    text(description), text(edition));
        }
    }

    /** A new physical copy, labelled with a barcode, and where it is shelved. */
    record NewCopy(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,32}", message = "must be 1 to 32 letters, digits or hyphens")
            String barcode,
            @Size(max = 100) String shelfMark,
            @Size(max = 200) String location,
            @Size(max = 2_000) String note) {

        Shelving shelving() {
            return new Shelving(text(shelfMark), text(location), text(note));
        }
    }

    /** Where a copy is shelved, to replace (PUT) or the target of a merge patch (PATCH); its barcode stays. */
    record ShelvingInput(
            @Size(max = 100) String shelfMark,
            @Size(max = 200) String location,
            @Size(max = 2_000) String note) {

        static ShelvingInput of(Shelving shelving) {
            return new ShelvingInput(shelving.shelfMark(), shelving.location(), shelving.note());
        }

        Shelving shelving() {
            return new Shelving(text(shelfMark), text(location), text(note));
        }
    }

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
