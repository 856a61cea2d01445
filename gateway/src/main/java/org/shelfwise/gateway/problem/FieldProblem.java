package org.shelfwise.gateway.problem;

/**
 * One rule that one field of a request broke (the same shape the services use).
 *
 * @param field   the field's name in the request, e.g. {@code id}
 * @param rule    a stable name for the rule, e.g. {@code type}
 * @param message what a person should do about it
 */
public record FieldProblem(String field, String rule, String message) {
}
