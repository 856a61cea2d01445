package org.shelfwise.gateway.summary;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/** Serves {@code /api/patrons/{id}/summary} in the gateway itself, ahead of the route to the patrons service. */
@RestController
@Tag(name = "Patron summary", description = "Views the gateway assembles from several services")
class PatronSummaryController {

    private final PatronSummaries summaries;

    PatronSummaryController(PatronSummaries summaries) {
        this.summaries = summaries;
    }

    @Operation(summary = "A patron with their open loans, each with its book's title",
            description = "Reads the patrons and circulation services in parallel. A part that does not answer in "
                    + "time is null and named in `unavailable`; the summary fails only when no part answers.")
    @ApiResponse(responseCode = "200", description = "The summary, possibly with parts unavailable")
    @ApiResponse(responseCode = "400", description = "The id is not a UUID",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "404", description = "No patron has this id",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "503", description = "Neither the patron nor the loans can be read",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @GetMapping(path = "/api/patrons/{id}/summary", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<PatronSummary> summary(@Parameter(description = "the patron's id") @PathVariable("id") UUID id,
            ServerHttpRequest request) {
        return summaries.of(id, CallerHeaders.of(request.getHeaders()));
    }
}
