package org.shelfwise.gateway.summary;

import java.util.UUID;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.shelfwise.gateway.security.Caller;
import org.shelfwise.platform.security.SecurityProperties;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Mono;

/**
 * Serves {@code /api/patrons/{id}/summary} and {@code /api/patrons/me/summary} in the gateway itself, ahead of the
 * route to the patrons service. Staff may read any patron's summary, a patron only their own; the services check
 * the same again on every call the summary makes with the caller's token.
 */
@RestController
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An access token from POST /api/auth/token")
@Tag(name = "Patron summary", description = "Views the gateway assembles from several services")
class PatronSummaryController {

    private final PatronSummaries summaries;
    private final String rolesClaim;

    PatronSummaryController(PatronSummaries summaries, SecurityProperties security) {
        this.summaries = summaries;
        this.rolesClaim = security.rolesClaim();
    }

    @Operation(summary = "A patron with their open loans and active holds, each with its book from the catalogue",
            description = "Reads the patrons and circulation services in parallel, then the books the loans and "
                    + "holds name from the catalogue in one call (`GET /api/books/lookup`): authors, ISBN, how many "
                    + "copies there are and how many are on the shelf, and where the loaned copy is shelved. A part "
                    + "that does not answer in time is null and named in `unavailable` (`patron`, `loans`, `holds`, "
                    + "or `books`, when each `book` and `copy` is null); the summary fails only when neither the "
                    + "patron nor circulation answers. "
                    + "Staff (LIBRARIAN, ADMIN) may read any patron's summary, a patron only their own.")
    @ApiResponse(responseCode = "200", description = "The summary, possibly with parts unavailable")
    @ApiResponse(responseCode = "400", description = "The id is not a UUID",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "401", description = "No valid access token",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "403", description = "A patron asking for another patron's summary",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "404", description = "No patron has this id",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "503", description = "Neither the patron nor the loans and holds can be read",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @SecurityRequirement(name = "bearer")
    @GetMapping(path = "/api/patrons/{id}/summary", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<PatronSummary> summary(@Parameter(description = "the patron's id") @PathVariable("id") UUID id,
            Authentication authentication, ServerHttpRequest request) {
        if (!Caller.of(authentication, rolesClaim).mayActFor(id)) {
            return Mono.error(new SummaryForbiddenException());
        }
        return summaries.of(id, CallerHeaders.of(request.getHeaders()));
    }

    @Operation(summary = "The signed-in patron's own summary",
            description = "The same document as `/api/patrons/{id}/summary`, for the patron the access token "
                    + "belongs to (its `patron_id`).")
    @ApiResponse(responseCode = "200", description = "The summary, possibly with parts unavailable")
    @ApiResponse(responseCode = "401", description = "No valid access token",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "404", description = "The token is not a patron's (staff have no summary of "
            + "their own), or the patron no longer exists",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @ApiResponse(responseCode = "503", description = "Neither the patron nor the loans and holds can be read",
            content = @Content(mediaType = MediaType.APPLICATION_PROBLEM_JSON_VALUE))
    @SecurityRequirement(name = "bearer")
    @GetMapping(path = "/api/patrons/me/summary", produces = MediaType.APPLICATION_JSON_VALUE)
    Mono<PatronSummary> mine(Authentication authentication, ServerHttpRequest request) {
        return Caller.of(authentication, rolesClaim).patronId()
                .map(id -> summaries.of(id, CallerHeaders.of(request.getHeaders())))
                .orElseGet(() -> Mono.error(new PatronNotFoundException()));
    }
}
