package org.shelfwise.web.account;

import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.shelfwise.web.staff.StaffTokens;
import org.shelfwise.web.staff.TokenResponse;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs a patron in with the gateway ({@code POST /api/auth/token}, card number or email and password). A staff
 * account's credentials are good ones but open no patron's account: its tokens are revoked at once and the
 * sign-in refused, as the staff client refuses a patron's.
 */
@Component
class PatronSignIn {

    private final Api api;
    private final JsonMapper json;
    private final Clock clock;

    PatronSignIn(Api api, JsonMapper json, Clock clock) {
        this.api = api;
        this.json = json;
        this.clock = clock;
    }

    /** A patron signed in, with the tokens to keep in their session. */
    record SignedIn(Reader reader, StaffTokens tokens) {
    }

    /** A sign-in refused, for a reason the page names ({@code signin.error.<reason>}). */
    static final class Refused extends RuntimeException {
        Refused(String reason) {
            super(reason, null, false, false);
        }
    }

    SignedIn signIn(String username, String password) {
        TokenResponse answer;
        try {
            answer = api.post(null, Map.of("username", username, "password", password), TokenResponse.class, null,
                    "/api/auth/token");
        } catch (ApiProblem refused) {
            throw new Refused(switch (refused.status()) {
                case 400, 401 -> "credentials";
                case 423 -> "locked";
                case 429 -> "too-many";
                default -> "unavailable";
            });
        }
        var patron = patronOf(answer);
        if (patron.isEmpty()) {
            try {
                api.post(null, Map.of("refresh_token", answer.refreshToken()), Void.class, null, "/api/auth/logout");
            } catch (ApiProblem notRevoked) {
                // refused regardless; the tokens were never kept and the refresh token expires on its own
            }
            throw new Refused("not-patron");
        }
        // the name they signed in with, not the token's: a new password is tried with it at once (PasswordController)
        return new SignedIn(new Reader(patron.get(), username), answer.tokens(clock.instant()));
    }

    /** The patron the token is for: only a token with the PATRON role and a patron id is a patron's. */
    private Optional<UUID> patronOf(TokenResponse answer) {
        if (!answer.roles(json).contains("PATRON")) {
            return Optional.empty();
        }
        String id = answer.claims(json).path("patron_id").asString("");
        try {
            return id.isBlank() ? Optional.empty() : Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }
}
