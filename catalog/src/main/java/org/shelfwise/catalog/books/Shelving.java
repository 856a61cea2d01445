package org.shelfwise.catalog.books;

import java.util.Objects;

/**
 * Where a copy lives and what staff note about it.
 *
 * @param shelfMark the call number on the spine, e.g. {@code 823.7 AUS}
 * @param location  the branch and area, e.g. {@code Central / Fiction}
 * @param note      free text for staff, e.g. {@code water damage on p. 12}
 */
public record Shelving(String shelfMark, String location, String note) {

    static final Shelving NONE = new Shelving(null, null, null);

    /** Whether going from this shelving to {@code next} moves the copy somewhere else in the library. */
    boolean isMoveTo(Shelving next) {
        return !Objects.equals(location, next.location) || !Objects.equals(shelfMark, next.shelfMark);
    }
}
