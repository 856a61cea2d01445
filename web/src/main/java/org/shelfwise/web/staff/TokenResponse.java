package org.shelfwise.web.staff;

import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The gateway's OAuth 2.0 token response to a sign-in or a refresh. */
record TokenResponse(@JsonProperty("access_token") String accessToken,
                     @JsonProperty("refresh_token") String refreshToken,
                     @JsonProperty("expires_in") long expiresIn) {

    StaffTokens tokens(Instant now) {
        return new StaffTokens(accessToken, refreshToken, now.plusSeconds(expiresIn));
    }

    /**
     * Who the access token is for. Read, not verified: it came straight from the gateway over this module's own
     * connection, and decides only which pages to show; every API call is verified by the gateway and the services.
     */
    StaffMember member(JsonMapper json, String fallbackUsername) {
        String[] parts = accessToken.split("\\.");
        JsonNode claims = json.readTree(Base64.getUrlDecoder().decode(parts[1]));
        Set<String> roles = new HashSet<>();
        claims.path("roles").forEach(role -> roles.add(role.asString()));
        return new StaffMember(claims.path("username").asString(fallbackUsername), roles);
    }
}
