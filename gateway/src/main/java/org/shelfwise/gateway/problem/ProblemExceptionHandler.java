package org.shelfwise.gateway.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import org.shelfwise.gateway.problem.Problems.Problem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Answers every error the gateway itself raises (no route, no instance, refused connection, timeout, bad input)
 * as {@code application/problem+json}. Problems that a service returns are proxied untouched and never get here.
 */
@Component
@Order(-2) // ahead of Spring Boot's own error handler (-1), whose body is not RFC 9457
class ProblemExceptionHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemExceptionHandler.class);

    private final JsonMapper json;

    ProblemExceptionHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable error) {
        var response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(error);
        }
        var request = exchange.getRequest();
        Problem problem = Problems.describe(error, request.getPath().value());
        log(request.getMethod() + " " + request.getPath(), problem, error);

        // a failed attempt may have left a service's headers behind; none of them describe this body
        response.getHeaders().clear();
        response.getHeaders().addAll(problem.headers());
        response.setStatusCode(problem.status());
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        byte[] body = json.writeValueAsBytes(members(problem.body()));
        return response.writeWith(Mono.just(response.bufferFactory().wrap(body)));
    }

    /** The RFC 9457 members first, then the extensions, with none of ProblemDetail's Java-side nesting. */
    static Map<String, Object> members(ProblemDetail problem) {
        var members = new LinkedHashMap<String, Object>();
        members.put("type", problem.getType() == null ? "about:blank" : problem.getType().toString());
        members.put("title", problem.getTitle());
        members.put("status", problem.getStatus());
        if (problem.getDetail() != null) {
            members.put("detail", problem.getDetail());
        }
        if (problem.getInstance() != null) {
            members.put("instance", problem.getInstance().toString());
        }
        if (problem.getProperties() != null) {
            members.putAll(problem.getProperties());
        }
        return members;
    }

    private static void log(String request, Problem problem, Throwable error) {
        int status = problem.status().value();
        if (status == 500) {
            log.error("{} failed", request, error);
        } else if (status >= 500) {
            log.warn("{} answered {}: {}", request, status, error.toString());
        } else {
            log.debug("{} answered {}: {}", request, status, error.toString());
        }
    }
}
