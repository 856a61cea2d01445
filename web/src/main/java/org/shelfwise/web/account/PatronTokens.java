package org.shelfwise.web.account;

import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.shelfwise.web.api.Api;
import org.shelfwise.web.staff.SessionTokens;
import org.shelfwise.web.staff.StaffTokens;
import org.springframework.stereotype.Component;

/**
 * The signed-in patron's tokens, under a session attribute of their own: a staff member signed in in the same
 * browser keeps theirs apart, and neither kind of page ever calls the API with the other's token.
 */
@Component
class PatronTokens {

    static final String ATTRIBUTE = PatronTokens.class.getName();

    private final HttpServletRequest request;
    private final SessionTokens tokens;

    PatronTokens(Api api, HttpServletRequest request, Clock clock) {
        this.request = request;
        this.tokens = new SessionTokens(api, clock, ATTRIBUTE, PatronSessionEnded::new);
    }

    /** A valid access token for the signed-in patron; throws {@link PatronSessionEnded} when none can be had. */
    String accessToken() {
        return tokens.accessToken(request.getSession(false));
    }

    void keep(HttpSession session, StaffTokens signedIn) {
        tokens.keep(session, signedIn);
    }

    void revoke(HttpSession session) {
        tokens.revoke(session);
    }
}
