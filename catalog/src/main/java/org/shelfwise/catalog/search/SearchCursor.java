package org.shelfwise.catalog.search;

import org.shelfwise.catalog.search.SearchQuery.Sort;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

/**
 * Where the next page of a search starts: paging by "search after" instead of by page number. A page number makes
 * the database walk past every match before the page, so the hundredth page of a filtered search costs a hundred
 * first pages; a cursor starts where the last page ended, so every page costs about what the first does. Every
 * answer that has a next page gives its cursor as {@code next}; the client passes it back as {@code after}, with
 * the same search. Clients treat it as opaque (base64url text).
 *
 * @param sort     the order it belongs to; a cursor is refused for another order
 * @param page     the number of the page it leads to
 * @param position in relevance order, how far into the ranked sample that page starts; -1 past the sample
 * @param lastId   the id of the last match shown, where the order continues after it (past the sample in
 *                 relevance order, always in the other orders); else null
 * @param lastKey  the title or publication year of that match, in title, year and newest order; else null
 */
record SearchCursor(Sort sort, int page, int position, UUID lastId, String lastKey) {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    /** A place within the ranked sample (relevance order). */
    static SearchCursor inSample(int page, int position) {
        return new SearchCursor(Sort.RELEVANCE, page, position, null, null);
    }

    /** A place after a match: past the sample in relevance order (id order), or in title, year or newest order. */
    static SearchCursor after(Sort sort, int page, UUID lastId, String lastKey) {
        return new SearchCursor(sort, page, -1, lastId, lastKey);
    }

    String encode() {
        String text = String.join("|", sort.name(), Integer.toString(page), Integer.toString(position),
                lastId == null ? "" : lastId.toString(), lastKey == null ? "" : lastKey);
        return ENCODER.encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor {@link #encode()} wrote; IllegalArgumentException for anything else. */
    static SearchCursor parse(String text) {
        String[] parts = new String(Base64.getUrlDecoder().decode(text), StandardCharsets.UTF_8).split("\\|", 5);
        if (parts.length != 5) {
            throw new IllegalArgumentException("not a search cursor");
        }
        var cursor = new SearchCursor(Sort.valueOf(parts[0]), Integer.parseInt(parts[1]), Integer.parseInt(parts[2]),
                parts[3].isEmpty() ? null : UUID.fromString(parts[3]), parts[4].isEmpty() ? null : parts[4]);
        boolean inSample = cursor.sort == Sort.RELEVANCE && cursor.position >= 0 && cursor.lastId == null;
        boolean afterMatch = cursor.position == -1 && cursor.lastId != null;
        if (cursor.page < 1 || !(inSample || afterMatch)) {
            throw new IllegalArgumentException("not a search cursor");
        }
        if (cursor.lastKey != null && (cursor.sort == Sort.YEAR || cursor.sort == Sort.NEWEST)) {
            Integer.parseInt(cursor.lastKey);
        }
        return cursor;
    }
}
