package org.shelfwise.sip.library;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.shelfwise.sip.SipProperties;
import tools.jackson.databind.JsonNode;

/**
 * The service's own access token: signed in with the staff account on first use, refreshed before it expires
 * (as the web client does), signed in again when the refresh is refused. Calls share it; one renews it at a time.
 */
final class StaffToken {

    private static final Duration MARGIN = Duration.ofSeconds(60);

    private final Http http;
    private final SipProperties.Staff staff;
    private final Clock clock;
    private String access;
    private String refresh;
    private Instant expiresAt = Instant.MIN;

    StaffToken(Http http, SipProperties.Staff staff, Clock clock) {
        this.http = http;
        this.staff = staff;
        this.clock = clock;
    }

    synchronized String current() {
        if (access != null && clock.instant().plus(MARGIN).isBefore(expiresAt)) {
            return access;
        }
        if (refresh != null) {
            try {
                return keep(http.post(null, Map.of("refresh_token", refresh), null, "/api/auth/refresh"));
            } catch (LibraryProblem refused) {
                refresh = null;
            }
        }
        if (staff.password() == null || staff.password().isBlank()) {
            throw new LibraryProblem(503, "not-configured", "The kiosk service has no staff account (SIP_STAFF_PASSWORD).");
        }
        return keep(http.post(null, Map.of("username", staff.username(), "password", staff.password()), null,
                "/api/auth/token"));
    }

    /** Forgets the access token the gateway refused, so the next call gets a new one. */
    synchronized void refused(String token) {
        if (token.equals(access)) {
            access = null;
        }
    }

    private String keep(JsonNode answer) {
        access = answer.path("access_token").asString();
        refresh = answer.path("refresh_token").asString(null);
        expiresAt = clock.instant().plusSeconds(answer.path("expires_in").asLong(60));
        return access;
    }
}
