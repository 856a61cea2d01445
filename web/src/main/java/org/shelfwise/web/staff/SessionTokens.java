package org.shelfwise.web.staff;

import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.servlet.http.HttpSession;
import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;

/**
 * One kind of sign-in's tokens in the server-side session, under an attribute of its own (a staff member's, a
 * patron's), refreshed through the gateway when they near expiry. A refresh token may be used once: a second use
 * revokes the whole family, so two requests of one browser that both find the token near expiry must not both
 * refresh. The first one does; the others take its result from {@link #recent}.
 */
public final class SessionTokens {

    private static final Duration REFRESH_BEFORE = Duration.ofMinutes(2);

    private final Api api;
    private final Clock clock;
    private final String attribute;
    private final Supplier<RuntimeException> ended;
    /** Refresh token used -> the tokens it was exchanged for, for the requests that raced the exchange. */
    private final Cache<String, StaffTokens> recent = Caffeine.newBuilder()
            .expireAfterWrite(Duration.ofMinutes(1)).maximumSize(10_000).build();

    /**
     * @param attribute the session attribute the tokens are kept under
     * @param ended     what is thrown when the session holds no tokens, or they can no longer be refreshed
     */
    public SessionTokens(Api api, Clock clock, String attribute, Supplier<RuntimeException> ended) {
        this.api = api;
        this.clock = clock;
        this.attribute = attribute;
        this.ended = ended;
    }

    /** A valid access token for this session. */
    public String accessToken(HttpSession session) {
        StaffTokens tokens = session == null ? null : (StaffTokens) session.getAttribute(attribute);
        if (tokens == null) {
            throw ended.get();
        }
        if (tokens.expireWithin(REFRESH_BEFORE, clock.instant())) {
            tokens = recent.get(tokens.refreshToken(), this::refresh);
            session.setAttribute(attribute, tokens);
        }
        return tokens.accessToken();
    }

    /** Keeps the tokens of a sign-in in the session. */
    public void keep(HttpSession session, StaffTokens tokens) {
        session.setAttribute(attribute, tokens);
    }

    private StaffTokens refresh(String refreshToken) {
        try {
            return api.post(null, Map.of("refresh_token", refreshToken), TokenResponse.class, null, "/api/auth/refresh")
                    .tokens(clock.instant());
        } catch (ApiProblem refused) {
            if (refused.status() == 401 || refused.status() == 400) {
                throw ended.get();
            }
            throw refused;
        }
    }

    /** Revokes this session's refresh token (sign-out); a gateway that cannot be reached leaves it to expire. */
    public void revoke(HttpSession session) {
        if (session != null && session.getAttribute(attribute) instanceof StaffTokens tokens) {
            try {
                api.post(null, Map.of("refresh_token", tokens.refreshToken()), Void.class, null, "/api/auth/logout");
            } catch (ApiProblem ignored) {
                // signed out here regardless; the refresh token expires on its own
            }
            session.removeAttribute(attribute);
        }
    }
}
