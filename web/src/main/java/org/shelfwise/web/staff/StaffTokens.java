package org.shelfwise.web.staff;

import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;

/**
 * A signed-in user's tokens from the gateway (a staff member's, or a patron's in the public catalogue), kept in the
 * server-side session and never sent to the browser.
 *
 * @param accessToken  the bearer token for API calls
 * @param refreshToken exchanged for the next pair before the access token expires; revoked at sign-out
 * @param expiresAt    when the access token stops being accepted
 */
public record StaffTokens(String accessToken, String refreshToken, Instant expiresAt) implements Serializable {

    /** The session attribute they are kept under. */
    static final String ATTRIBUTE = StaffTokens.class.getName();

    /** Whether the access token expires within {@code margin} of {@code now}. */
    boolean expireWithin(Duration margin, Instant now) {
        return !now.plus(margin).isBefore(expiresAt);
    }
}
