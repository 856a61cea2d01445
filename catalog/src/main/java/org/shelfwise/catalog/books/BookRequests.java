package org.shelfwise.catalog.books;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What a librarian sends to catalogue books and copies. */
public final class BookRequests {

    private BookRequests() {
    }

    /**
     * A whole bibliographic record, to add (POST) or replace (PUT); the target of a merge patch (PATCH). Only the
     * title is required. The simple record's members stay: {@code authors} (personal authors, used when no
     * {@code contributors} are sent), {@code isbn} (when sent, the first ISBN), {@code language} (when sent, the
     * first language), {@code publisher} and {@code publicationYear}, {@code subjects} (text such as
     * {@code "Whales -- Fiction"}, or objects; used when no {@code subjectHeadings} are sent).
     */
    public record BookInput(
            @NotBlank @Size(max = 500) String title,
            @Size(max = 500) String subtitle,
            @Size(max = 200) String partNumber,
            @Size(max = 500) String partName,
            @Min(0) @Max(9) Integer nonFilingCharacters,
            @Size(max = 1000) String responsibility,
            @Size(max = 1000) String originalScriptTitle,
            @Size(max = 50) List<@NotBlank @Size(max = 200) String> authors,
            @Size(max = 200) List<@NotNull @Valid Contributor> contributors,
            @ValidIsbn String isbn,
            @Valid Identifiers identifiers,
            @Size(max = 200) String publisher,
            @Size(max = 500) String publicationPlace,
            @Size(max = 100) String publicationDate,
            @Min(1000) @Max(2100) Integer publicationYear,
            @Size(max = 100) String edition,
            @Size(max = 1000) String physicalDescription,
            @Size(max = 50) List<@NotBlank @Size(max = 1000) String> series,
            @Size(max = 200) List<@NotBlank @Size(max = 20_000) String> notes,
            @Size(max = 20_000) String description,
            @ValidLanguage String language,
            @Size(max = 20) List<@NotNull @ValidLanguage String> languages,
            @Size(max = 200) List<@NotNull @Valid Subject> subjects,
            @Size(max = 200) List<@NotNull @Valid Subject> subjectHeadings,
            @Pattern(regexp = FORMATS, flags = Pattern.Flag.CASE_INSENSITIVE,
                    message = "must be one of " + FORMATS) String format,
            @Size(max = 100) List<@NotNull @Valid Link> links) {

        static final String FORMATS = "book|ebook|serial|manuscript|score|map|video|sound_recording|music_recording"
                + "|picture|computer_file|kit|mixed_materials|object";

        /** A simple record, as CSV rows and the first API carried it. */
        public static BookInput simple(String title, String subtitle, List<String> authors, String isbn, String publisher,
                                       Integer publicationYear, String language, List<String> subjects,
                                       String description, String edition) {
            return new BookInput(title, subtitle, null, null, null, null, null, authors, null, isbn, null, publisher,
                    null, null, publicationYear, edition, null, null, null, description, language, null,
                    subjects == null ? null : subjects.stream().map(Subject::parse).toList(), null, null, null);
        }

        /**
         * The record as a merge patch starts from it: every part in its full form, so the simple members
         * ({@code authors}, {@code isbn}, {@code language}) are left out and change the record only when a patch sends them.
         */
        public static BookInput of(BookDetails details) {
            var title = details.title();
            var publication = details.publication();
            return new BookInput(title.main(), title.remainder(), title.partNumber(), title.partName(), title.nonFiling(),
                    title.responsibility(), title.originalScript(), null, details.contributors(), null,
                    details.identifiers(), publication.publisher(), publication.place(), publication.date(),
                    publication.year(), details.edition(), details.physicalDescription(), details.series(),
                    details.notes(), details.description(), null,
                    details.languages().stream().map(Language::code).toList(), null, details.subjects(),
                    details.format().name(), details.links());
        }

        /**
         * The base a merge patch applies to: a patch that sends a simple member without its full form replaces what
         * the simple member stands for: {@code authors} the contributors, {@code subjects} the subject headings,
         * {@code isbn} the first ISBN, {@code language} the first language.
         */
        BookInput forPatch(JsonNode patch) {
            boolean authorsOnly = patch.has("authors") && !patch.has("contributors");
            boolean subjectsOnly = patch.has("subjects") && !patch.has("subjectHeadings");
            boolean isbnOnly = patch.has("isbn") && !patch.has("identifiers") && identifiers != null;
            boolean languageOnly = patch.has("language") && !patch.has("languages") && languages != null;
            return new BookInput(title, subtitle, partNumber, partName, nonFilingCharacters, responsibility,
                    originalScriptTitle, authors, authorsOnly ? null : contributors, isbn,
                    isbnOnly ? identifiers.withoutFirstIsbn() : identifiers, publisher, publicationPlace,
                    publicationDate, publicationYear, edition, physicalDescription, series, notes, description,
                    language, languageOnly ? languages.stream().skip(1).toList() : languages, subjects,
                    subjectsOnly ? null : subjectHeadings, format, links);
        }

        /** The validated input as domain values: trimmed, blanks as absent, ISBNs as ISBN-13. */
        public BookDetails toDetails() {
            var names = contributors != null && !contributors.isEmpty() ? contributors
                    : authors == null ? List.<Contributor>of() : authors.stream().map(Contributor::author).toList();
            var ids = identifiers == null ? Identifiers.NONE : identifiers;
            if (isbn != null) {
                ids = ids.withFirstIsbn(Isbn.parse(isbn).orElseThrow());
            }
            var codes = new ArrayList<Language>();
            Language.parse(language).ifPresent(codes::add);
            if (languages != null) {
                languages.stream().map(Language::parse).flatMap(Optional::stream).forEach(codes::add);
            }
            var headings = subjectHeadings != null && !subjectHeadings.isEmpty() ? subjectHeadings : subjects;
            return new BookDetails(new Title(title, subtitle, partNumber, partName, nonFilingCharacters, responsibility,
                    originalScriptTitle), names, ids, edition, new Publication(publicationPlace, publisher,
                    publicationDate, publicationYear), physicalDescription, series, notes, description, headings, codes,
                    Format.parse(format).orElse(Format.BOOK), links);
        }
    }

    /** A new physical copy, labelled with a barcode, and where it is shelved. */
    record NewCopy(
            @NotBlank @Pattern(regexp = "[A-Za-z0-9-]{1,32}", message = "must be 1 to 32 letters, digits or hyphens")
            String barcode,
            @Size(max = 100) String shelfMark,
            @Size(max = 200) String location,
            @Size(max = 2_000) String note,
            @Schema(description = BRANCH, example = "main")
            @Pattern(regexp = Code.OPTIONAL, message = Code.RULE) String branch,
            @Schema(description = ITEM_TYPE, example = "book")
            @Pattern(regexp = Code.OPTIONAL, message = Code.RULE) String itemType) {

        Shelving shelving() {
            return new Shelving(text(shelfMark), text(location), text(note), text(branch), text(itemType));
        }
    }

    /** Where a copy is shelved, to replace (PUT) or the target of a merge patch (PATCH); its barcode stays. */
    record ShelvingInput(
            @Size(max = 100) String shelfMark,
            @Size(max = 200) String location,
            @Size(max = 2_000) String note,
            @Schema(description = BRANCH, example = "main")
            @Pattern(regexp = Code.OPTIONAL, message = Code.RULE) String branch,
            @Schema(description = ITEM_TYPE, example = "book")
            @Pattern(regexp = Code.OPTIONAL, message = Code.RULE) String itemType) {

        static ShelvingInput of(Shelving shelving) {
            return new ShelvingInput(shelving.shelfMark(), shelving.location(), shelving.note(), shelving.branch(),
                    shelving.itemType());
        }

        Shelving shelving() {
            return new Shelving(text(shelfMark), text(location), text(note), text(branch), text(itemType));
        }
    }

    static final String BRANCH = "The code of the branch that owns the copy (one of GET /api/branches where the "
            + "library lists its branches); empty or absent for none";
    static final String ITEM_TYPE = "What kind of item the copy is for the loan rules, as a code (book, dvd ...); "
            + "empty or absent for none";

    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
