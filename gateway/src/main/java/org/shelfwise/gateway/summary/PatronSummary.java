package org.shelfwise.gateway.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.NullNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A patron with their open loans and active holds, as the patrons and circulation services describe them, each
 * loan and hold completed with its book as the catalogue describes it.
 *
 * @param patron      the patron as the patrons service returns it, or {@code null} when it could not be read
 * @param loans       the open loans (each with its book's title) as circulation returns them, each with
 *                    {@code book} and {@code copy} from the catalogue; or {@code null}
 * @param holds       the holds waiting or ready for pickup as circulation returns them, each with {@code book}
 *                    (and {@code copy}, once one waits on the hold shelf) from the catalogue; or {@code null}
 * @param unavailable the parts that could not be read this time: {@code patron}, {@code loans}, {@code holds},
 *                    {@code books} (then every {@code book} and {@code copy} is null)
 */
public record PatronSummary(
        @Schema(implementation = Object.class, types = {"object", "null"},
                description = "The patron, as GET /api/patrons/{id} returns it; null when unavailable")
        JsonNode patron,
        @Schema(implementation = Object[].class, types = {"array", "null"},
                description = "The open loans, as GET /api/loans returns them, each with its book's title, plus "
                        + "`book` (the catalogue's record: authors, ISBN, edition, copies and availableCopies; null "
                        + "when the catalogue is unavailable or no longer has the book) and `copy` (the loaned "
                        + "copy's barcode, shelfMark and location; null likewise); null when unavailable")
        JsonNode loans,
        @Schema(implementation = Object[].class, types = {"array", "null"},
                description = "The holds still WAITING, IN_TRANSIT (to their pick-up branch) or READY, as GET "
                        + "/api/holds returns them, plus `book` (as for "
                        + "loans: how many copies the library has and how many are on the shelf now) and `copy` "
                        + "(where the copy set aside for a READY hold is; null while waiting); null when unavailable")
        JsonNode holds,
        @ArraySchema(schema = @Schema(allowableValues = {"patron", "loans", "holds", "books"}))
        List<String> unavailable) {

    private static final Set<String> ACTIVE_HOLDS = Set.of("WAITING", "IN_TRANSIT", "READY");

    /**
     * Puts together whatever parts answered; a summary with neither the patron nor anything from circulation is no
     * answer. The catalogue only completes loans and holds, so it alone is not enough for a summary.
     */
    static PatronSummary assemble(Optional<JsonNode> patron, Optional<JsonNode> loans, Optional<JsonNode> holds,
            Optional<CatalogBooks> books) {
        if (patron.isEmpty() && loans.isEmpty() && holds.isEmpty()) {
            throw new SummaryUnavailableException();
        }
        var unavailable = new ArrayList<String>();
        patron.ifPresentOrElse(p -> { }, () -> unavailable.add("patron"));
        loans.ifPresentOrElse(l -> { }, () -> unavailable.add("loans"));
        holds.ifPresentOrElse(h -> { }, () -> unavailable.add("holds"));
        books.ifPresentOrElse(b -> { }, () -> unavailable.add("books"));
        loans.ifPresent(items -> withBooks(items, books));
        holds.ifPresent(items -> withBooks(items, books));
        return new PatronSummary(patron.orElse(null), loans.orElse(null), holds.orElse(null),
                List.copyOf(unavailable));
    }

    /** Of all a patron's holds, newest first, those not yet fulfilled, cancelled or expired. */
    static JsonNode active(JsonNode holds) {
        ArrayNode active = JsonNodeFactory.instance.arrayNode();
        for (JsonNode hold : holds) {
            if (ACTIVE_HOLDS.contains(hold.path("status").asString())) {
                active.add(hold);
            }
        }
        return active;
    }

    /** Adds {@code book} and {@code copy} to each loan or hold: null when the catalogue could not be read. */
    private static void withBooks(JsonNode items, Optional<CatalogBooks> books) {
        for (JsonNode item : items) {
            if (item instanceof ObjectNode entry) {
                String bookId = entry.path("bookId").asString();
                String barcode = entry.path("itemBarcode").asString(null);
                entry.set("book", books.map(b -> b.book(bookId)).orElse(NullNode.getInstance()));
                entry.set("copy", books.map(b -> b.copy(bookId, barcode)).orElse(NullNode.getInstance()));
            }
        }
    }
}
