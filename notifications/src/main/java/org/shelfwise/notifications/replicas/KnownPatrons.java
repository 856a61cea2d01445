package org.shelfwise.notifications.replicas;

import org.shelfwise.notifications.NoticeSettings;
import org.shelfwise.platform.problems.DomainProblem;
import org.shelfwise.platform.problems.NotFound;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.net.http.HttpClient;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Whether a patron exists, for a request that names one (a preference set just after the patron was registered,
 * before the patrons service's event has arrived here): the local replica first, and only when it does not know the
 * patron yet, the patrons service itself ({@code GET /api/patrons/{id}}, with the caller's own token, so it answers
 * exactly what that caller may know). Read-after-write across services: eventual replicas, one bounded synchronous
 * read when they lag.
 */
@Component
public class KnownPatrons {

    private static final Logger log = LoggerFactory.getLogger(KnownPatrons.class);

    private final JdbcClient jdbc;
    private final RestClient patrons;

    KnownPatrons(JdbcClient jdbc, RestClient.Builder builder, NoticeSettings settings) {
        this.jdbc = jdbc;
        var service = settings.patrons();
        var factory = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(service.timeout()).build());
        factory.setReadTimeout(service.timeout());
        this.patrons = builder.baseUrl(service.url().toString()).requestFactory(factory).build();
    }

    /**
     * Refuses with 404 when the patrons service says there is no such patron, and with 503 when it cannot be asked
     * and the replica does not know the patron either.
     */
    public void checkExists(UUID patronId, String accessToken) {
        boolean replicated = jdbc.sql("select exists (select 1 from recipient where patron_id = ?)").param(patronId)
                .query(Boolean.class).single();
        if (replicated) {
            return;
        }
        HttpStatusCode answer;
        try {
            answer = patrons.get().uri("/api/patrons/{id}", patronId)
                    .headers(headers -> headers.setBearerAuth(accessToken))
                    .exchange((request, response) -> response.getStatusCode(), true);
        } catch (RestClientException unreachable) {
            log.warn("Could not ask the patrons service about patron {}: {}", patronId, unreachable.toString());
            throw new PatronsUnavailable();
        }
        if (answer.value() == HttpStatus.NOT_FOUND.value()) {
            throw new NotFound("Patron", patronId);
        }
        if (!answer.is2xxSuccessful()) {
            log.warn("The patrons service answered {} about patron {}", answer.value(), patronId);
            throw new PatronsUnavailable();
        }
    }

    /** The patron is not known here yet and the patrons service could not say whether they exist. */
    static final class PatronsUnavailable extends DomainProblem {
        PatronsUnavailable() {
            super(HttpStatus.SERVICE_UNAVAILABLE, "patrons-unavailable", "Patrons service unavailable",
                    "This patron is not known to the notices yet, and the patrons service could not be asked whether "
                            + "they exist. Try again in a moment.", List.of(), Map.of("Retry-After", "2"));
        }
    }
}
