package org.shelfwise.catalog.books;

import org.shelfwise.events.catalog.BookAdded;
import org.shelfwise.events.catalog.BookUpdated;
import org.shelfwise.events.catalog.CopyEvent;
import org.shelfwise.events.catalog.CopyMoved;
import org.shelfwise.events.catalog.CopyUpdated;

import java.util.List;
import java.util.UUID;

/**
 * The catalogue's events that carry a whole state under more than one type ({@code BookAdded} and
 * {@code BookUpdated}, {@code CopyUpdated} and {@code CopyMoved}): catalog-events' records, made here from the
 * catalogue's model so that each type is filled alike. Every other event is made where it happens.
 */
final class CatalogEvents {

    private CatalogEvents() {
    }

    static BookAdded added(Book book) {
        return state(BookAdded::new, book);
    }

    static BookUpdated updated(Book book) {
        return state(BookUpdated::new, book);
    }

    /** {@code CopyMoved} when the copy changed place, else {@code CopyUpdated} (its note or item type changed). */
    static CopyEvent reshelved(Copy copy, Shelving before) {
        var after = copy.shelving();
        return before.isMoveTo(after) ? shelved(CopyMoved::new, copy, before) : shelved(CopyUpdated::new, copy, before);
    }

    /** The constructor of both book events: the simple record's members (isbn and language may be null, authors
     * empty) and, since issue 14, the format, every contributor, every valid ISBN and the control number. */
    private interface BookState<E> {
        E of(UUID bookId, String title, String subtitle, List<String> authors, String isbn, String publisher,
             Integer publicationYear, String language, List<String> subjects, String edition, long version,
             String format, List<org.shelfwise.events.catalog.Contributor> contributors, List<String> isbns,
             String controlNumber);
    }

    private static <E> E state(BookState<E> event, Book book) {
        var d = book.details();
        var contributors = d.contributors().stream().map(c -> new org.shelfwise.events.catalog.Contributor(
                c.name(), c.kind().name(), c.roles(), c.originalScript())).toList();
        return event.of(book.id(), d.title().main(), d.subtitle(), d.authors(),
                d.isbn() == null ? null : d.isbn().value(), d.publisher(), d.publicationYear(),
                d.language() == null ? null : d.language().code(), d.subjectHeadings(), d.edition(), book.version(),
                d.format().name(), contributors, d.identifiers().isbns(), d.identifiers().controlNumber());
    }

    /** The constructor of both copy events: where the copy is shelved now and where it was. */
    private interface Shelved<E extends CopyEvent> {
        E of(UUID copyId, String barcode, UUID bookId, String shelfMark, String location, String note,
             String previousShelfMark, String previousLocation, long version, String itemType, String branch);
    }

    private static <E extends CopyEvent> E shelved(Shelved<E> event, Copy copy, Shelving before) {
        var now = copy.shelving();
        return event.of(copy.id(), copy.barcode(), copy.bookId(), now.shelfMark(), now.location(), now.note(),
                before.shelfMark(), before.location(), copy.version(), now.itemType(), now.branch());
    }
}
