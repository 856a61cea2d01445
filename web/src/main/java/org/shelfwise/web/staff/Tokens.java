package org.shelfwise.web.staff;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.shelfwise.web.api.Api;
import org.springframework.stereotype.Component;

/** The signed-in staff member's access token, kept in the session and refreshed there ({@link SessionTokens}). */
@Component
public class Tokens {

    private final HttpServletRequest request;
    private final SessionTokens tokens;

    Tokens(Api api, HttpServletRequest request, Clock clock) {
        this.request = request;
        this.tokens = new SessionTokens(api, clock, StaffTokens.ATTRIBUTE, SessionEnded::new);
    }

    /** A valid access token for this session; throws {@link SessionEnded} when none can be had. */
    public String accessToken() {
        return tokens.accessToken(request.getSession(false));
    }

    /** Revokes this session's refresh token (sign-out); a gateway that cannot be reached leaves it to expire. */
    void revoke(HttpSession session) {
        tokens.revoke(session);
    }
}
