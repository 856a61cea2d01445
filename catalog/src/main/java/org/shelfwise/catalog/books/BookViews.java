package org.shelfwise.catalog.books;

import io.swagger.v3.oas.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the catalogue answers about books and copies. */
final class BookViews {

    private BookViews() {
    }

    /** A whole record: the simple record's members (title, authors, isbn ...) and every part in its full form. */
    record BookView(UUID id, String title, String subtitle, String partNumber, String partName,
                    Integer nonFilingCharacters, String responsibility, String originalScriptTitle, List<String> authors,
                    List<Contributor> contributors, String isbn, Identifiers identifiers, String publisher,
                    String publicationPlace, String publicationDate, Integer publicationYear, String edition,
                    String physicalDescription, List<String> series, List<String> notes, String description,
                    String language, List<String> languages, List<String> subjects, List<Subject> subjectHeadings,
                    Format format, List<Link> links, long version, Instant createdAt, Instant updatedAt) {
        static BookView of(Book book) {
            var d = book.details();
            var title = d.title();
            var publication = d.publication();
            return new BookView(book.id(), title.main(), title.remainder(), title.partNumber(), title.partName(),
                    title.nonFiling(), title.responsibility(), title.originalScript(), d.authors(), d.contributors(),
                    isbnOf(d), d.identifiers(), publication.publisher(), publication.place(), publication.date(),
                    publication.year(), d.edition(), d.physicalDescription(), d.series(), d.notes(), d.description(),
                    codeOf(d.language()), d.languages().stream().map(Language::code).toList(), d.subjectHeadings(),
                    d.subjects(), d.format(), d.links(), book.version(), book.createdAt(), book.updatedAt());
        }
    }

    static String isbnOf(BookDetails details) {
        return details.isbn() == null ? null : details.isbn().value();
    }

    static String codeOf(Language language) {
        return language == null ? null : language.code();
    }

    /** A copy as the API shows it; {@code branch} and {@code itemType} are codes, null when not recorded. */
    record CopyView(UUID id, UUID bookId, String barcode, String shelfMark, String location, String note,
                    @Schema(description = BookRequests.BRANCH, example = "main") String branch,
                    @Schema(description = BookRequests.ITEM_TYPE, example = "book") String itemType,
                    Copy.Availability status, LocalDate dueDate, LocalDate pickupBy, long version) {
        static CopyView of(Copy copy) {
            var shelving = copy.shelving();
            return new CopyView(copy.id(), copy.bookId(), copy.barcode(), shelving.shelfMark(), shelving.location(),
                    shelving.note(), shelving.branch(), shelving.itemType(), copy.status(), copy.dueDate(),
                    copy.pickupBy(), copy.version());
        }
    }

    /**
     * A book as a list of loans or holds shows it, with its copies: how many are on the shelf now, and where
     * each one is shelved and whether it is out.
     */
    record HoldingsView(UUID id, String title, String subtitle, List<String> authors, String isbn, String publisher,
                        Integer publicationYear, String language, Format format, String edition, long version, int availableCopies,
                        List<CopyView> copies) {
        static HoldingsView of(BookLookup.Found found) {
            var book = found.book();
            var d = book.details();
            var copies = found.copies().stream().map(CopyView::of).toList();
            int available = (int) copies.stream().filter(c -> c.status() == Copy.Availability.AVAILABLE).count();
            return new HoldingsView(book.id(), d.title().main(), d.subtitle(), d.authors(), isbnOf(d), d.publisher(),
                    d.publicationYear(), codeOf(d.language()), d.format(), d.edition(),
                    book.version(), available, copies);
        }
    }
}
