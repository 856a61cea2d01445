package org.shelfwise.gateway.summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/**
 * A patron with their open loans, as the patrons and circulation services describe them.
 *
 * @param patron      the patron as the patrons service returns it, or {@code null} when it could not be read
 * @param loans       the open loans (each with its book's title) as circulation returns them, or {@code null}
 * @param unavailable the parts that could not be read this time: {@code patron}, {@code loans}
 */
public record PatronSummary(
        @Schema(implementation = Object.class, types = {"object", "null"},
                description = "The patron, as GET /api/patrons/{id} returns it; null when unavailable")
        JsonNode patron,
        @Schema(implementation = Object[].class, types = {"array", "null"},
                description = "The open loans, as GET /api/loans returns them, each with its book's title; "
                        + "null when unavailable")
        JsonNode loans,
        @ArraySchema(schema = @Schema(allowableValues = {"patron", "loans"}))
        List<String> unavailable) {

    /** Puts together whatever parts answered; a summary with no part at all is no answer. */
    static PatronSummary assemble(Optional<JsonNode> patron, Optional<JsonNode> loans) {
        if (patron.isEmpty() && loans.isEmpty()) {
            throw new SummaryUnavailableException();
        }
        var unavailable = new ArrayList<String>();
        patron.ifPresentOrElse(p -> { }, () -> unavailable.add("patron"));
        loans.ifPresentOrElse(l -> { }, () -> unavailable.add("loans"));
        return new PatronSummary(patron.orElse(null), loans.orElse(null), List.copyOf(unavailable));
    }
}
