package org.shelfwise.web.api;

import java.util.List;
import java.util.Optional;

/**
 * The API refused a request or failed: its problem detail, to be shown in words beside what it concerns.
 *
 * @param status the HTTP status
 * @param type   the problem type's slug, e.g. {@code loan-limit-reached} (from {@code urn:shelfwise:problem:...})
 * @param detail what happened, in words a person reads
 * @param errors one entry per field the API names
 */
public final class ApiProblem extends RuntimeException {

    /** A refusal the librarian may override (circulation's overridable loan refusals). */
    private static final List<String> OVERRIDABLE = List.of("patron-blocked", "card-expired", "loan-limit-reached",
            "fines-over-limit", "renewal-limit-reached", "patrons-waiting");

    private final int status;
    private final String type;
    private final String title;
    private final String detail;
    private final List<FieldError> errors;
    private final String body;

    /** One field the API names, with the rule it broke and what to do about it. */
    public record FieldError(String field, String rule, String message) {
    }

    public ApiProblem(int status, String type, String title, String detail, List<FieldError> errors, String body) {
        super(status + " " + type + ": " + detail);
        this.status = status;
        this.type = type;
        this.title = title;
        this.detail = detail;
        this.errors = List.copyOf(errors);
        this.body = body;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public String detail() {
        return detail;
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** The answer's body as it came (a 412's current version, for instance). */
    public String body() {
        return body;
    }

    public boolean overridable() {
        return OVERRIDABLE.contains(type);
    }

    /** What the API said of each field it names, several rules of one field joined; empty when it named none. */
    public java.util.Map<String, String> byField() {
        var byField = new java.util.LinkedHashMap<String, String>();
        errors.forEach(error -> byField.merge(error.field(), error.message(), (a, b) -> a + "; " + b));
        return byField;
    }

    /** The refusal in words: the detail, or else the title. */
    public String inWords() {
        return detail.isBlank() ? title : detail;
    }

    /** What the API said about {@code field}, if anything. */
    public Optional<String> about(String field) {
        return errors.stream().filter(error -> field.equals(error.field())).map(FieldError::message).findFirst();
    }
}
