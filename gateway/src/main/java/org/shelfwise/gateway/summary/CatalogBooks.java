package org.shelfwise.gateway.summary;

import java.util.HashMap;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The books of a patron's loans and holds as the catalogue describes them ({@code GET /api/books/lookup}), and what
 * the summary shows of each: the record's details with how many copies there are and how many are on the shelf,
 * and where one copy is shelved.
 */
final class CatalogBooks {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final String[] BOOK_FIELDS = {"id", "title", "subtitle", "authors", "isbn", "publisher",
            "publicationYear", "language", "edition", "availableCopies"};

    private final Map<String, JsonNode> byId = new HashMap<>();

    /** The lookup's answer: an array of books, each with its copies. */
    CatalogBooks(Iterable<JsonNode> books) {
        for (JsonNode book : books) {
            byId.put(book.path("id").asString(), book);
        }
    }

    /** The book's details, or a null node when the catalogue no longer has it. */
    JsonNode book(String bookId) {
        JsonNode book = byId.get(bookId);
        if (book == null) {
            return NODES.nullNode();
        }
        ObjectNode shown = NODES.objectNode();
        for (String field : BOOK_FIELDS) {
            shown.set(field, member(book, field));
        }
        shown.put("copies", book.path("copies").size());
        return shown;
    }

    /** Where the copy with this barcode is shelved, or a null node when the catalogue does not know it (any more). */
    JsonNode copy(String bookId, String barcode) {
        JsonNode book = byId.get(bookId);
        if (book == null || barcode == null) {
            return NODES.nullNode();
        }
        for (JsonNode copy : book.path("copies")) {
            if (barcode.equals(copy.path("barcode").asString(null))) {
                ObjectNode shown = NODES.objectNode();
                shown.put("barcode", barcode);
                shown.set("shelfMark", member(copy, "shelfMark"));
                shown.set("location", member(copy, "location"));
                return shown;
            }
        }
        return NODES.nullNode();
    }

    private static JsonNode member(JsonNode node, String name) {
        JsonNode value = node.get(name);
        return value == null ? NODES.nullNode() : value;
    }
}
