package org.shelfwise.sip.library;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import org.shelfwise.sip.SipProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The gateway's public API as the kiosks need it, called as the service's staff account: every rule and refusal
 * is circulation's own, as at the desk. A call the gateway refuses for an expired token is made once more with a
 * new one. Writes carry the idempotency key they are given, so a repeated kiosk message takes effect once.
 */
@Component
public class Library {

    /** Attempts at a call the gateway answered 503 (not served: no instance, a full pool, an open circuit). */
    private static final int ATTEMPTS = 4;

    private final Http http;
    private final StaffToken token;
    // many kiosks at once must queue here, not exhaust the services' connection pools (a PIN check holds one
    // for as long as the password hash takes)
    private final Semaphore inFlight;

    Library(RestClient.Builder builder, SipProperties properties, JsonMapper json, Clock clock) {
        this.http = new Http(builder, properties.gateway(), json);
        this.token = new StaffToken(http, properties.staff(), clock);
        this.inFlight = new Semaphore(properties.gateway().maxConcurrentCalls(), true);
    }

    /** The patron whose card this is, if any (the desk's search also finds emails and names: only the card counts). */
    public Optional<JsonNode> patronByCard(String barcode) {
        JsonNode page = asStaff(t -> http.get(t, "/api/patrons?barcode={barcode}&size=100", barcode));
        for (JsonNode patron : page.path("content")) {
            if (patron.path("barcode").asString("").equals(barcode)) {
                return Optional.of(patron);
            }
        }
        return Optional.empty();
    }

    /** Whether {@code pin} is the password of the patron with this card (throttled like a sign-in). */
    public boolean pinMatches(String barcode, String pin) {
        try {
            asStaff(t -> http.post(t, Map.of("cardBarcode", barcode, "password", pin), null,
                    "/api/patrons/password-check"));
            return true;
        } catch (LibraryProblem refused) {
            if (refused.status() == 401 || refused.status() == 400) {
                return false;
            }
            throw refused;
        }
    }

    /** The patron, their open loans and their waiting or ready holds, in one document. */
    public JsonNode summary(UUID patronId) {
        return asStaff(t -> http.get(t, "/api/patrons/{id}/summary", patronId));
    }

    /** The patron's fines and balance. */
    public JsonNode fines(UUID patronId) {
        return asStaff(t -> http.get(t, "/api/fines?patronId={id}", patronId));
    }

    public JsonNode openLoans(UUID patronId) {
        return asStaff(t -> http.get(t, "/api/loans?patronId={id}&open=true&size=100", patronId)).path("content");
    }

    public JsonNode checkOut(String itemBarcode, String patronBarcode, String key) {
        return asStaff(t -> http.post(t, Map.of("itemBarcode", itemBarcode, "patronBarcode", patronBarcode), key,
                "/api/checkouts"));
    }

    public JsonNode checkIn(String itemBarcode, String key) {
        return asStaff(t -> http.post(t, Map.of("itemBarcode", itemBarcode), key, "/api/checkins"));
    }

    public JsonNode renew(String loanId, String key) {
        return asStaff(t -> http.post(t, Map.of(), key, "/api/loans/{id}/renewal", loanId));
    }

    public JsonNode copy(String barcode) {
        return asStaff(t -> http.get(t, "/api/copies/{barcode}", barcode));
    }

    public JsonNode book(String id) {
        return asStaff(t -> http.get(t, "/api/books/{id}", id));
    }

    public JsonNode pay(String fineId, BigDecimal amount, String key) {
        return asStaff(t -> http.post(t, Map.of("kind", "PAYMENT", "amount", amount), key,
                "/api/fines/{id}/settlements", fineId));
    }

    /**
     * The call, made as the staff account, at most {@link SipProperties.Gateway#maxConcurrentCalls} at a time, and
     * made again after a 503: the request was not served, and every write here carries an idempotency key anyway.
     */
    private JsonNode asStaff(Function<String, JsonNode> call) {
        for (int attempt = 1; ; attempt++) {
            try {
                inFlight.acquire();
                try {
                    return withToken(call);
                } finally {
                    inFlight.release();
                }
            } catch (LibraryProblem refused) {
                if (refused.status() != 503 || refused.type().equals("unreachable") || attempt == ATTEMPTS) {
                    throw refused;
                }
                pause(attempt);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new LibraryProblem(503, "unavailable", "The kiosk service is stopping; try again in a moment.");
            }
        }
    }

    private static void pause(int attempt) {
        try {
            Thread.sleep(Duration.ofMillis(250L * attempt));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private JsonNode withToken(Function<String, JsonNode> call) {
        String current = token.current();
        try {
            return call.apply(current);
        } catch (LibraryProblem refused) {
            // a wrong PIN is a 401 too, and must not be tried twice
            if (refused.status() != 401 || refused.type().equals("invalid-credentials")) {
                throw refused;
            }
            token.refused(current);
            return call.apply(token.current());
        }
    }
}
