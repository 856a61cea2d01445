package org.shelfwise.platform.problems;

import org.springframework.http.HttpStatus;

import java.util.List;
import java.util.Map;

/**
 * A refusal by the domain, answered as an RFC 9457 problem detail with a stable type.
 * Services subclass it for their own refusals; the web layer maps it once, in {@link ProblemHandler}.
 */
public abstract class DomainProblem extends RuntimeException {

    private final HttpStatus status;
    private final String type;
    private final String title;
    private final List<FieldProblem> errors;
    private final Map<String, String> headers;

    protected DomainProblem(HttpStatus status, String type, String title, String detail, List<FieldProblem> errors,
                            Map<String, String> headers) {
        super(detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    protected DomainProblem(HttpStatus status, String type, String title, String detail, List<FieldProblem> errors) {
        this(status, type, title, detail, errors, Map.of());
    }

    protected DomainProblem(HttpStatus status, String type, String title, String detail) {
        this(status, type, title, detail, List.of());
    }

    public HttpStatus status() {
        return status;
    }

    /** The slug of the problem type, e.g. {@code copy-not-available}. */
    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldProblem> errors() {
        return errors;
    }

    /** Response headers the refusal needs, e.g. {@code Retry-After}. */
    public Map<String, String> headers() {
        return headers;
    }
}
