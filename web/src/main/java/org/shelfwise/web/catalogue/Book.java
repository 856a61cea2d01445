package org.shelfwise.web.catalogue;

import java.util.List;
import java.util.UUID;

/** A bibliographic record as the catalogue shows it. */
public record Book(UUID id, String title, String subtitle, List<String> authors, String isbn, String publisher,
                   Integer publicationYear, String language, List<String> subjects, String description,
                   String edition, long version) {
}
