package org.shelfwise.web.staff;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.springframework.stereotype.Component;

/**
 * The signed-in staff member's access token, refreshed through the gateway when it nears expiry. A refresh token
 * may be used once: a second use revokes the whole family, so two requests of one desk that both find the token
 * near expiry must not both refresh. The first one does; the others take its result from {@link #recent}.
 */
@Component
public class Tokens {

    private static final Duration REFRESH_BEFORE = Duration.ofMinutes(2);

    private final Api api;
    private final HttpServletRequest request;
    private final Clock clock;
    /** Refresh token used -> the tokens it was exchanged for, for the requests that raced the exchange. */
    private final Cache<String, StaffTokens> recent = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(10_000).build();

    Tokens(Api api, HttpServletRequest request, Clock clock) {
        this.api = api;
        this.request = request;
        this.clock = clock;
    }

    /** A valid access token for this session; throws {@link SessionEnded} when none can be had. */
    public String accessToken() {
        HttpSession session = request.getSession(false);
        StaffTokens tokens = session == null ? null : (StaffTokens) session.getAttribute(StaffTokens.ATTRIBUTE);
        if (tokens == null) {
            throw new SessionEnded();
        }
        if (tokens.expireWithin(REFRESH_BEFORE, clock.instant())) {
            tokens = recent.get(tokens.refreshToken(), this::refresh);
            session.setAttribute(StaffTokens.ATTRIBUTE, tokens);
        }
        return tokens.accessToken();
    }

    private StaffTokens refresh(String refreshToken) {
        try {
            return api.post(null, Map.of("refresh_token", refreshToken), TokenResponse.class, null, "/api/auth/refresh")
                    .tokens(clock.instant());
        } catch (ApiProblem refused) {
            if (refused.status() == 401 || refused.status() == 400) {
                throw new SessionEnded();
            }
            throw refused;
        }
    }

    /** Revokes this session's refresh token (sign-out); a gateway that cannot be reached leaves it to expire. */
    void revoke(HttpSession session) {
        if (session != null && session.getAttribute(StaffTokens.ATTRIBUTE) instanceof StaffTokens tokens) {
            try {
                api.post(null, Map.of("refresh_token", tokens.refreshToken()), Void.class, null, "/api/auth/logout");
            } catch (ApiProblem ignored) {
                // signed out here regardless; the refresh token expires on its own
            }
            session.removeAttribute(StaffTokens.ATTRIBUTE);
        }
    }
}
