package org.shelfwise.catalog.search;

import org.shelfwise.catalog.search.SearchQuery.Sort;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Where the next page of a search starts: paging by "search after" instead of by page number. A page number makes
 * the search collect every match before the page, so the hundredth page costs a hundred first pages; a cursor
 * starts where the last page ended, so every page costs about what the first does. Every answer that has a next
 * page gives its cursor as {@code next}; the client passes it back as {@code after}, with the same search. Clients
 * treat it as opaque (base64url text).
 *
 * @param sort    the order it belongs to; a cursor is refused for another order
 * @param page    the number of the page it leads to
 * @param lastId  the id of the last match shown
 * @param lastKey that match's place in the order: its score (relevance), its title's order key (title), or its year
 *                (year, newest; the order's stand-in for a book without one)
 */
record SearchCursor(Sort sort, int page, UUID lastId, String lastKey) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    String encode() {
        String text = String.join("|", sort.name(), Integer.toString(page), lastId.toString(), lastKey);
        return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor {@link #encode()} wrote; IllegalArgumentException for anything else. */
    static SearchCursor parse(String text) {
        String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", 4);
        if (parts.length != 4) {
            throw new IllegalArgumentException("not a search cursor");
        }
        var cursor = new SearchCursor(Sort.valueOf(parts[0]), Integer.parseInt(parts[1]), UUID.fromString(parts[2]),
                parts[3]);
        if (cursor.page < 1) {
            throw new IllegalArgumentException("not a search cursor");
        }
        switch (cursor.sort) {
            case RELEVANCE -> Float.parseFloat(cursor.lastKey);
            case YEAR, NEWEST -> Integer.parseInt(cursor.lastKey);
            case TITLE -> {
                // any text: the order key of the last title shown
            }
        }
        return cursor;
    }
}
