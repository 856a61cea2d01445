package org.shelfwise.platform.problems;

/**
 * One rule that one field of a request broke.
 *
 * @param field   the field's path in the request, e.g. {@code authors[0]} or {@code itemBarcode}
 * @param rule    a stable name for the rule, e.g. {@code NotBlank}, {@code type}, {@code exists}
 * @param message what a person should do about it
 */
public record FieldProblem(String field, String rule, String message) {
}
