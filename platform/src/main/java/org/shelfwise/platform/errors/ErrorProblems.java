package org.shelfwise.platform.errors;

import org.shelfwise.platform.problems.ProblemHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

import java.util.Locale;

/**
 * The problem detail for an error that no controller answered: one the servlet container or a filter raised
 * (a path Tomcat or Spring Security's firewall refuses, a header too large, an unknown method). The detail is
 * fixed per status, never the container's own message, so that nothing of the request or the server is echoed.
 */
public final class ErrorProblems {

    private ErrorProblems() {
    }

    /** The problem for {@code status}. */
    public static ProblemDetail of(int status) {
        HttpStatus known = HttpStatus.resolve(status);
        var problem = ProblemDetail.forStatusAndDetail(HttpStatusCode.valueOf(status), detail(status));
        problem.setType(ProblemHandler.type(status == 500 ? "internal-error"
                : known == null ? "http-" + status : known.name().toLowerCase(Locale.ROOT).replace('_', '-')));
        if (known != null) {
            problem.setTitle(known.getReasonPhrase());
        }
        return problem;
    }

    private static String detail(int status) {
        return switch (status) {
            case 400 -> "The request cannot be read: its path, query or headers are malformed or not allowed "
                    + "(an encoded NUL, slash, backslash or dot segment, a ';', invalid UTF-8, a control character).";
            case 404 -> "Nothing is found at this path.";
            case 405 -> "This path does not support the request's method.";
            case 413 -> "The request is too large.";
            case 414 -> "The request's path and query are too long (at most 8 KB with the headers).";
            case 431 -> "The request's headers are too large (at most 8 KB).";
            case 501 -> "The server does not support the request's method.";
            case 505 -> "The server does not support the request's HTTP version.";
            default -> status >= 500 ? "The server could not complete the request. It has been logged."
                    : "The request was refused.";
        };
    }
}
