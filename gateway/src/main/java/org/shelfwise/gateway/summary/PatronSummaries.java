package org.shelfwise.gateway.summary;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.loadbalancer.reactive.LoadBalancedExchangeFilterFunction;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Assembles a patron's summary: the patron from the patrons service and their open loans and active holds from
 * circulation, called in parallel; then, once circulation has named the books, those books from the catalogue in
 * one batched call. Each call has its own timeout; a part that does not answer is reported unavailable instead of
 * failing the whole summary.
 */
@Service
class PatronSummaries {

    private static final Logger log = LoggerFactory.getLogger(PatronSummaries.class);

    // one page is plenty: loan policies cap a patron's open loans far below this
    private static final int MAX_OPEN_LOANS = 100;
    // the most books the catalogue's lookup answers in one call
    private static final int MAX_BOOKS_PER_LOOKUP = 100;

    private final WebClient services;
    private final Duration timeout;

    // The load balancer's filter goes on Boot's plain builder rather than on a @LoadBalanced builder bean: such a
    // bean would replace the plain one, and the load balancer's health checks would then try to load-balance the
    // instances' own addresses, find no such service, and take every instance out of rotation.
    PatronSummaries(WebClient.Builder builder, LoadBalancedExchangeFilterFunction loadBalancer,
            SummaryProperties properties) {
        this.services = builder.filter(loadBalancer).build();
        this.timeout = properties.timeout();
    }

    Mono<PatronSummary> of(UUID patronId, CallerHeaders caller) {
        // the catalogue is asked only after circulation has answered, since the loans and holds name the books
        Mono<Circulation> circulation = Mono.zip(openLoans(patronId, caller), activeHolds(patronId, caller))
                .flatMap(parts -> {
                    var loans = parts.getT1();
                    var holds = parts.getT2();
                    return books(bookIds(loans, holds), patronId, caller)
                            .map(books -> new Circulation(loans, holds, books));
                });
        return Mono.zip(patron(patronId, caller), circulation)
                .map(parts -> PatronSummary.assemble(parts.getT1(), parts.getT2().loans(), parts.getT2().holds(),
                        parts.getT2().books()));
    }

    /** What circulation and, for its books, the catalogue said; each part empty when it could not be read. */
    private record Circulation(Optional<JsonNode> loans, Optional<JsonNode> holds, Optional<CatalogBooks> books) {
    }

    private Mono<Optional<JsonNode>> patron(UUID patronId, CallerHeaders caller) {
        return services.get()
                .uri("http://patrons/api/patrons/{id}", patronId)
                .headers(caller::copyTo)
                .retrieve()
                .bodyToMono(JsonNode.class)
                .timeout(timeout)
                .map(Optional::of)
                .onErrorMap(WebClientResponseException.NotFound.class, notFound -> new PatronNotFoundException(patronId))
                .onErrorResume(error -> !(error instanceof PatronNotFoundException),
                        error -> unavailable("patron", patronId, error));
    }

    private Mono<Optional<JsonNode>> openLoans(UUID patronId, CallerHeaders caller) {
        return services.get()
                .uri("http://circulation/api/loans?patronId={id}&open=true&size={size}", patronId, MAX_OPEN_LOANS)
                .headers(caller::copyTo)
                .retrieve()
                .bodyToMono(JsonNode.class)
                .timeout(timeout)
                .flatMap(page -> page.path("content").isArray()
                        ? Mono.just(Optional.of(page.path("content")))
                        : Mono.<Optional<JsonNode>>error(new IllegalStateException("loan page has no content array")))
                .onErrorResume(error -> unavailable("loans", patronId, error));
    }

    /** The holds still to be fulfilled: waiting in a book's queue, or ready on the hold shelf. */
    private Mono<Optional<JsonNode>> activeHolds(UUID patronId, CallerHeaders caller) {
        return services.get()
                .uri("http://circulation/api/holds?patronId={id}", patronId)
                .headers(caller::copyTo)
                .retrieve()
                .bodyToMono(JsonNode.class)
                .timeout(timeout)
                .flatMap(holds -> holds.isArray()
                        ? Mono.just(Optional.of(PatronSummary.active(holds)))
                        : Mono.<Optional<JsonNode>>error(new IllegalStateException("holds are not an array")))
                .onErrorResume(error -> unavailable("holds", patronId, error));
    }

    /**
     * The catalogue's record of each book, in one call (more only for a patron with more than a hundred books out
     * and on hold, in parallel). Nothing to ask about, nothing asked: no call, and nothing unavailable.
     */
    private Mono<Optional<CatalogBooks>> books(Set<String> bookIds, UUID patronId, CallerHeaders caller) {
        if (bookIds.isEmpty()) {
            return Mono.just(Optional.of(new CatalogBooks(List.of())));
        }
        var batches = new ArrayList<List<String>>();
        var ids = List.copyOf(bookIds);
        for (int from = 0; from < ids.size(); from += MAX_BOOKS_PER_LOOKUP) {
            batches.add(ids.subList(from, Math.min(ids.size(), from + MAX_BOOKS_PER_LOOKUP)));
        }
        return Flux.fromIterable(batches)
                .flatMap(batch -> services.get()
                        .uri("http://catalog/api/books/lookup?ids={ids}", String.join(",", batch))
                        .headers(caller::copyTo)
                        .retrieve()
                        .bodyToMono(JsonNode.class)
                        .timeout(timeout)
                        .flatMapMany(books -> books.isArray()
                                ? Flux.fromIterable(books)
                                : Flux.<JsonNode>error(new IllegalStateException("book lookup is not an array"))))
                .collectList()
                .map(books -> Optional.of(new CatalogBooks(books)))
                .onErrorResume(error -> unavailable("books", patronId, error));
    }

    /** The books the loans and holds name, each once; only well-formed ids go into the catalogue's URL. */
    private static Set<String> bookIds(Optional<JsonNode> loans, Optional<JsonNode> holds) {
        var ids = new LinkedHashSet<String>();
        for (var part : List.of(loans, holds)) {
            part.ifPresent(items -> items.forEach(item -> {
                try {
                    ids.add(UUID.fromString(item.path("bookId").asString()).toString());
                } catch (IllegalArgumentException notAnId) {
                    log.warn("Circulation named a book with the malformed id '{}'", item.path("bookId"));
                }
            }));
        }
        return ids;
    }

    private static <T> Mono<Optional<T>> unavailable(String part, UUID patronId, Throwable error) {
        log.warn("Summary of patron {} goes without its {}: {}", patronId, part, error.toString());
        return Mono.just(Optional.empty());
    }
}
