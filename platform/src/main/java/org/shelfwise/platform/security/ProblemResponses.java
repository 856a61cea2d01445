package org.shelfwise.platform.security;

import jakarta.servlet.http.HttpServletResponse;
import org.shelfwise.platform.problems.ProblemHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;

/**
 * Answers refusals by the security filters (no or a bad token: 401; a role or owner missing: 403) as RFC 9457
 * problem details, like every other error, instead of Spring Security's empty bodies.
 */
public final class ProblemResponses {

    private final JsonMapper json;

    public ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    /** 401, with the {@code WWW-Authenticate} challenge RFC 6750 asks for. */
    public AuthenticationEntryPoint unauthenticated() {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Bearer");
            write(response, HttpStatus.UNAUTHORIZED, "unauthenticated",
                    "A valid access token is required: sign in at /api/auth/token.");
        };
    }

    /** 403. */
    public AccessDeniedHandler forbidden() {
        return (request, response, exception) -> write(response, HttpStatus.FORBIDDEN, "forbidden",
                "Your role does not allow this.");
    }

    private void write(HttpServletResponse response, HttpStatus status, String type, String detail) throws IOException {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemHandler.type(type));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
