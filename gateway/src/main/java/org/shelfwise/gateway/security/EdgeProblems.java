package org.shelfwise.gateway.security;

import java.util.List;

import org.shelfwise.gateway.problem.Problems;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.ErrorResponseException;
import reactor.core.publisher.Mono;

/**
 * The security filters' refusals, raised as errors so that the gateway's problem handler answers them like every
 * other error: RFC 9457, with the request id, in the same shape and with the same types as the services' refusals.
 */
final class EdgeProblems {

    private EdgeProblems() {
    }

    /** 401 with the {@code WWW-Authenticate} challenge of RFC 6750; why a token failed stays in the log. */
    static ServerAuthenticationEntryPoint unauthenticated() {
        return (exchange, error) -> Mono.error(unauthenticated(error));
    }

    /** 403: a valid token whose roles do not allow this. */
    static ServerAccessDeniedHandler forbidden() {
        return (exchange, error) -> Mono.error(new ErrorResponseException(HttpStatus.FORBIDDEN,
                Problems.of(HttpStatus.FORBIDDEN, "Your role does not allow this."), null));
    }

    /** 400: the firewall refused a malformed or ambiguous path or header before any route saw it. */
    static ServerExchangeRejectedHandler malformed() {
        return (exchange, error) -> {
            var problem = Problems.of(HttpStatus.BAD_REQUEST, error.getMessage());
            problem.setType(Problems.type("malformed-request"));
            return Mono.error(new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null));
        };
    }

    private static ErrorResponseException unauthenticated(AuthenticationException error) {
        // a token was sent but failed verification (as opposed to no token at all)
        boolean badToken = error instanceof OAuth2AuthenticationException;
        var problem = Problems.of(HttpStatus.UNAUTHORIZED, badToken
                ? "The access token is not valid: expired, altered or not issued here. Sign in again at /api/auth/token."
                : "A valid access token is required: sign in at /api/auth/token.");
        problem.setType(Problems.type("unauthenticated"));
        var headers = new HttpHeaders();
        headers.put(HttpHeaders.WWW_AUTHENTICATE, List.of(badToken ? "Bearer error=\"invalid_token\"" : "Bearer"));
        return new ErrorResponseException(HttpStatus.UNAUTHORIZED, problem, null) {
            @Override
            public HttpHeaders getHeaders() {
                return headers;
            }
        };
    }
}
