package org.shelfwise.web.staff;

import java.time.Clock;
import java.util.Map;

import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Signs a staff member in with the gateway ({@code POST /api/auth/token}). A patron's credentials are good ones,
 * but open no staff page: their tokens are revoked at once and the sign-in refused.
 */
@Component
class GatewaySignIn implements AuthenticationProvider {

    private final Api api;
    private final JsonMapper json;
    private final Clock clock;

    GatewaySignIn(Api api, JsonMapper json, Clock clock) {
        this.api = api;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication attempt) throws AuthenticationException {
        String username = attempt.getName().strip();
        String password = String.valueOf(attempt.getCredentials());
        TokenResponse answer;
        try {
            answer = api.post(null, Map.of("username", username, "password", password), TokenResponse.class, null,
                    "/api/auth/token");
        } catch (ApiProblem refused) {
            throw switch (refused.status()) {
                case 400, 401 -> new BadCredentialsException("invalid credentials");
                case 423 -> new LockedException("account locked");
                case 429 -> new SignInRefused(SignInRefused.TOO_MANY);
                default -> new AuthenticationServiceException(refused.detail());
            };
        }
        StaffMember member = answer.member(json, username);
        if (!member.isStaff()) {
            api.post(null, Map.of("refresh_token", answer.refreshToken()), Void.class, null, "/api/auth/logout");
            throw new SignInRefused(SignInRefused.NOT_STAFF);
        }
        var authorities = member.roles().stream().map(role -> new SimpleGrantedAuthority("ROLE_" + role)).toList();
        var signedIn = UsernamePasswordAuthenticationToken.authenticated(member, null, authorities);
        // picked up by the success handler, which keeps the tokens in the session, not in the security context
        signedIn.setDetails(answer.tokens(clock.instant()));
        return signedIn;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    /** A sign-in refused for a reason the page names: not a staff account, or too many attempts. */
    static final class SignInRefused extends AuthenticationException {
        static final String NOT_STAFF = "not-staff";
        static final String TOO_MANY = "too-many";

        SignInRefused(String reason) {
            super(reason);
        }
    }
}
