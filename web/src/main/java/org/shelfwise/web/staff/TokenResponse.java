package org.shelfwise.web.staff;

import java.time.Instant;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The gateway's OAuth 2.0 token response to a sign-in or a refresh (a staff member's or a patron's). */
public record TokenResponse(@JsonProperty("access_token") String accessToken,
                            @JsonProperty("refresh_token") String refreshToken,
                            @JsonProperty("expires_in") long expiresIn) {

    /** The tokens to keep in the session, the access token's expiry counted from {@code now}. */
    public StaffTokens tokens(Instant now) {
        return new StaffTokens(accessToken, refreshToken, now.plusSeconds(expiresIn));
    }

    /**
     * The access token's claims. Read, not verified: the token came straight from the gateway over this module's
     * own connection, and decides only which pages to show; every API call is verified by the gateway and the
     * services.
     */
    public JsonNode claims(JsonMapper json) {
        String[] parts = accessToken.split("\\.");
        return json.readTree(Base64.getUrlDecoder().decode(parts[1]));
    }

    /** The roles the access token carries. */
    public Set<String> roles(JsonMapper json) {
        Set<String> roles = new HashSet<>();
        claims(json).path("roles").forEach(role -> roles.add(role.asString()));
        return roles;
    }

    /** Who the access token is for, as a staff member. */
    StaffMember member(JsonMapper json, String fallbackUsername) {
        return new StaffMember(claims(json).path("username").asString(fallbackUsername), roles(json));
    }
}
