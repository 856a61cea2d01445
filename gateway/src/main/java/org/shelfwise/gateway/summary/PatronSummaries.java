package org.shelfwise.gateway.summary;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.cloud.client.loadbalancer.reactive.LoadBalancedExchangeFilterFunction;
import org.springframework.stereotype.Service;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientResponseException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Assembles a patron's summary from the patrons and circulation services, called in parallel, each within a
 * timeout; a part that does not answer is reported unavailable instead of failing the whole summary.
 */
@Service
class PatronSummaries {

    private static final Logger log = LoggerFactory.getLogger(PatronSummaries.class);

    // one page is plenty: loan policies cap a patron's open loans far below this
    private static final int MAX_OPEN_LOANS = 100;

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
        return Mono.zip(patron(patronId, caller), openLoans(patronId, caller))
                .map(parts -> PatronSummary.assemble(parts.getT1(), parts.getT2()));
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

    private static Mono<Optional<JsonNode>> unavailable(String part, UUID patronId, Throwable error) {
        log.warn("Summary of patron {} goes without its {}: {}", patronId, part, error.toString());
        return Mono.just(Optional.empty());
    }
}
