package org.shelfwise.catalog.books;

import java.util.Objects;

/**
 * Where a copy lives, what kind of item it is and what staff note about it.
 *
 * @param shelfMark the call number on the spine, e.g. {@code 823.7 AUS}
 * @param location  the area, e.g. {@code Fiction} (copies of before branches name the branch too: {@code Central /
 *                  Fiction})
 * @param note      free text for staff, e.g. {@code water damage on p. 12}
 * @param branch    the code of the branch that owns it, e.g. {@code main} ({@link Code}); null when not recorded
 * @param itemType  what kind of item it is for the loan rules, e.g. {@code dvd} ({@link Code}); null when not recorded
 */
public record Shelving(String shelfMark, String location, String note, String branch, String itemType) {

    /** Whether going from this shelving to {@code next} moves the copy somewhere else in the library. */
    boolean isMoveTo(Shelving next) {
        return !Objects.equals(branch, next.branch) || !Objects.equals(location, next.location)
                || !Objects.equals(shelfMark, next.shelfMark);
    }
}
