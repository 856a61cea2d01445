package org.shelfwise.events.catalog;

import java.util.List;
import java.util.UUID;

/**
 * A bibliographic record was revised; it carries the whole new state, so a replica can be kept from it alone. The simple record's members (isbn and language may be null, authors empty) and, since issue 14, the format,
 * every contributor, every valid ISBN and the control number.
 */
public record BookUpdated(UUID bookId, String title, String subtitle, List<String> authors, String isbn, String publisher,
                 Integer publicationYear, String language, List<String> subjects, String edition, long version,
                 String format, List<Contributor> contributors, List<String> isbns, String controlNumber)
        implements BookEvent {
}
