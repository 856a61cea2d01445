package org.shelfwise.web.opac;

import java.util.List;
import java.util.UUID;

import org.shelfwise.web.catalogue.Copy;

/** A book's copies as {@code GET /api/books/lookup} answers them: where each is shelved and whether it is out. */
record Holdings(UUID id, List<Copy> copies) {

    Holdings {
        copies = copies == null ? List.of() : copies;
    }
}
