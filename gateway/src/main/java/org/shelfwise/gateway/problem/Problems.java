package org.shelfwise.gateway.problem;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;

import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import org.shelfwise.platform.problems.FieldProblem;
import org.springframework.beans.TypeMismatchException;
import org.springframework.cloud.gateway.support.ServiceUnavailableException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ServerErrorException;
import org.springframework.web.server.ServerWebInputException;

/** Turns whatever went wrong in the gateway into an RFC 9457 problem detail that reveals no internals. */
public final class Problems {

    private static final URI ABOUT_BLANK = URI.create("about:blank");

    private Problems() {
    }

    /** The URI of a problem type, e.g. {@code urn:shelfwise:problem:service-unavailable}. */
    public static URI type(String slug) {
        return URI.create("urn:shelfwise:problem:" + slug);
    }

    /** A problem of the given status, typed after the status itself. */
    public static ProblemDetail of(HttpStatusCode status, String detail) {
        var problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type(slug(status)));
        return problem;
    }

    /** What the caller is told about {@code error}, raised while answering a request for {@code path}. */
    public static Problem describe(Throwable error, String path) {
        Problem problem = classify(error);
        problem.body().setInstance(URI.create(path));
        return problem;
    }

    private static Problem classify(Throwable error) {
        if (error instanceof ServerWebInputException input && input.getMethodParameter() != null) {
            return new Problem(invalid(input.getMethodParameter(), input), input.getHeaders());
        }
        // a path variable that is blank once decoded (/api/patrons/%20/summary): WebFlux calls that a server error
        if (error instanceof ServerErrorException missing && missing.getMethodParameter() != null
                && missing.getMethodParameter().hasParameterAnnotation(PathVariable.class)) {
            return new Problem(missingPathVariable(missing.getMethodParameter()), HttpHeaders.EMPTY);
        }
        if (error instanceof ErrorResponse response) {
            return new Problem(framed(response), response.getHeaders());
        }
        // the keys that verify access tokens could not be fetched: the token may well be good, so not a 401
        if (causedBy(error, AuthenticationServiceException.class)) {
            var problem = of(HttpStatus.SERVICE_UNAVAILABLE,
                    "Access tokens cannot be verified right now. Try again shortly.");
            return new Problem(problem, HttpHeaders.EMPTY);
        }
        // an open circuit breaker: the gateway's filter raises the first, Resilience4j itself the second
        if (causedBy(error, ServiceUnavailableException.class) || causedBy(error, CallNotPermittedException.class)) {
            return new Problem(upstream(HttpStatus.SERVICE_UNAVAILABLE), HttpHeaders.EMPTY);
        }
        if (causedBy(error, ConnectException.class)) {
            return new Problem(upstream(HttpStatus.SERVICE_UNAVAILABLE), HttpHeaders.EMPTY);
        }
        if (causedBy(error, TimeoutException.class)) {
            return new Problem(upstream(HttpStatus.GATEWAY_TIMEOUT), HttpHeaders.EMPTY);
        }
        if (causedBy(error, IOException.class)) {
            return new Problem(upstream(HttpStatus.BAD_GATEWAY), HttpHeaders.EMPTY);
        }
        var problem = of(HttpStatus.INTERNAL_SERVER_ERROR,
                "The gateway could not complete the request. It has been logged.");
        problem.setType(type("internal-error"));
        return new Problem(problem, HttpHeaders.EMPTY);
    }

    private static ProblemDetail invalid(MethodParameter parameter, ServerWebInputException error) {
        String field = fieldName(parameter);
        FieldProblem fieldProblem = error.getCause() instanceof TypeMismatchException mismatch
                && mismatch.getRequiredType() != null
                ? new FieldProblem(field, "type",
                        "must be a valid " + mismatch.getRequiredType().getSimpleName().toLowerCase(Locale.ROOT))
                : new FieldProblem(field, "invalid", error.getReason());
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "One field is invalid.");
        problem.setType(type("validation"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(fieldProblem));
        return problem;
    }

    private static ProblemDetail missingPathVariable(MethodParameter parameter) {
        var problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, "One field is invalid.");
        problem.setType(type("validation"));
        problem.setTitle("Invalid request");
        problem.setProperty("errors", List.of(new FieldProblem(fieldName(parameter), "required",
                "is required and must not be blank")));
        return problem;
    }

    /** Keeps the problems raised on purpose; gives the framework's about:blank ones a type and a plain detail. */
    private static ProblemDetail framed(ErrorResponse response) {
        ProblemDetail body = response.getBody();
        if (body.getType() != null && !ABOUT_BLANK.equals(body.getType())) {
            return body;
        }
        HttpStatusCode status = response.getStatusCode();
        if (status.value() == HttpStatus.NOT_FOUND.value()) {
            return of(status, "Nothing is found at this path.");
        }
        if (status.is5xxServerError()) {
            // the reasons behind these (instance names, timeouts, stack-ish messages) are for the log, not the caller
            return upstream(status);
        }
        return of(status, body.getDetail());
    }

    private static ProblemDetail upstream(HttpStatusCode status) {
        String detail = switch (status.value()) {
            case 502 -> "The service behind this path gave no valid answer. Try again shortly.";
            case 503 -> "The service behind this path is unavailable. Try again shortly.";
            case 504 -> "The service behind this path did not answer in time. Try again shortly.";
            default -> "The gateway could not complete the request.";
        };
        return of(status, detail);
    }

    private static String fieldName(MethodParameter parameter) {
        PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
        if (pathVariable != null && !pathVariable.value().isEmpty()) {
            return pathVariable.value();
        }
        if (pathVariable != null && !pathVariable.name().isEmpty()) {
            return pathVariable.name();
        }
        String name = parameter.getParameterName();
        return name == null ? "request" : name;
    }

    private static String slug(HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        return known == null ? "http-" + status.value() : known.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static boolean causedBy(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** A problem body and the headers that belong with it (e.g. {@code Allow} on a 405). */
    public record Problem(ProblemDetail body, HttpHeaders headers) {

        /** The HTTP status to answer with. */
        public HttpStatusCode status() {
            return HttpStatusCode.valueOf(body.getStatus());
        }
    }
}
