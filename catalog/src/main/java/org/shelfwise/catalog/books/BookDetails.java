package org.shelfwise.catalog.books;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a librarian catalogues about a work, as MARC 21 bibliographic data describes it: everything but the record's
 * identity, version and timestamps. Only the title is required. The simple record of earlier versions (one
 * subtitle, authors, one ISBN, publisher, year, one language, subjects as text) reads from it unchanged.
 *
 * @param physicalDescription MARC 300: extent, other details, dimensions
 * @param series              MARC 490 / 8XX, as text with its numbering
 * @param notes               MARC 5XX other than the summary
 * @param description         the summary (MARC 520)
 * @param languages           MARC 008/35-37, then 041; the first is the language of the work
 */
public record BookDetails(Title title, List<Contributor> contributors, Identifiers identifiers, String edition,
                          Publication publication, String physicalDescription, List<String> series, List<String> notes,
                          String description, List<Subject> subjects, List<Language> languages, Format format,
                          List<Link> links) {

    public BookDetails {
        Objects.requireNonNull(title, "title");
        contributors = Text.copy(contributors);
        identifiers = identifiers == null ? Identifiers.NONE : identifiers;
        edition = Text.clean(edition);
        publication = publication == null ? Publication.NONE : publication;
        physicalDescription = Text.clean(physicalDescription);
        series = Text.cleanAll(series);
        notes = Text.cleanAll(notes);
        description = Text.clean(description);
        subjects = Text.copy(subjects).stream().distinct().toList();
        languages = Text.copy(languages).stream().distinct().toList();
        format = format == null ? Format.BOOK : format;
        links = Text.copy(links);
    }

    /** A simple record, as the walking skeleton took it: title, personal authors and an ISBN. */
    public static BookDetails of(String title, List<String> authors, Isbn isbn) {
        return new BookDetails(Title.of(title, null), authors.stream().map(Contributor::author).toList(),
                isbn == null ? Identifiers.NONE : Identifiers.NONE.withFirstIsbn(isbn), null, null, null, null, null,
                null, null, null, null, null);
    }

    public String subtitle() {
        return title.remainder();
    }

    /** Every contributor's name, in order: what simple records called authors. */
    public List<String> authors() {
        return contributors.stream().map(Contributor::name).distinct().toList();
    }

    /** The first valid ISBN, or null. */
    public Isbn isbn() {
        return identifiers.isbn().orElse(null);
    }

    public String publisher() {
        return publication.publisher();
    }

    public Integer publicationYear() {
        return publication.year();
    }

    /** The language of the work (the first one), or null. */
    public Language language() {
        return languages.isEmpty() ? null : languages.getFirst();
    }

    /** The subjects as lines of text, subdivisions after {@code --}. */
    public List<String> subjectHeadings() {
        return subjects.stream().map(Subject::text).distinct().toList();
    }

    /** Titles and names in their original script (880 fields), for search. */
    public List<String> originalScript() {
        return Stream.concat(Stream.of(title.originalScript()), contributors.stream().map(Contributor::originalScript))
                .filter(Objects::nonNull).toList();
    }
}
