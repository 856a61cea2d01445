package org.shelfwise.catalog.books;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import org.shelfwise.platform.problems.FieldProblem;
import org.shelfwise.platform.problems.JsonProblems;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.Comparator;
import java.util.List;

/**
 * Applies an RFC 7386 JSON merge patch to a request record and validates the result with the same rules as a
 * full replacement, so a PATCH can never store what a PUT would refuse.
 */
@Component
class MergePatch {

    private final JsonMapper json;
    private final Validator validator;

    MergePatch(JsonMapper json, Validator validator) {
        this.json = json;
        this.validator = validator;
    }

    <T> T apply(T current, JsonNode patch, Class<T> type) {
        if (patch == null || !patch.isObject()) {
            throw new InvalidRequest(List.of(new FieldProblem("body", "json", "must be a JSON object (a merge patch)")));
        }
        JsonNode merged = merge(json.valueToTree(current), patch);
        T result;
        try {
            result = json.treeToValue(merged, type);
        } catch (JacksonException wrongType) {
            throw new InvalidRequest(List.of(JsonProblems.of(wrongType)));
        }
        var violations = validator.validate(result);
        if (!violations.isEmpty()) {
            throw new InvalidRequest(violations.stream().map(MergePatch::problem)
                    .sorted(Comparator.comparing(FieldProblem::field)).toList());
        }
        return result;
    }

    /** RFC 7386: members set to null are removed, objects merge recursively, anything else replaces. */
    private static JsonNode merge(JsonNode target, JsonNode patch) {
        if (!patch.isObject()) {
            return patch;
        }
        ObjectNode result = target != null && target.isObject() ? ((ObjectNode) target).deepCopy()
                : ((ObjectNode) patch).objectNode();
        for (var member : patch.properties()) {
            if (member.getValue().isNull()) {
                result.remove(member.getKey());
            } else {
                result.set(member.getKey(), merge(result.get(member.getKey()), member.getValue()));
            }
        }
        return result;
    }

    private static FieldProblem problem(ConstraintViolation<?> violation) {
        return new FieldProblem(path(violation.getPropertyPath()),
                violation.getConstraintDescriptor().getAnnotation().annotationType().getSimpleName(),
                violation.getMessage());
    }

    /** {@code authors[0]}, as Spring names the fields of a request body. */
    private static String path(Path path) {
        var field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getIndex() != null) {
                field.append('[').append(node.getIndex()).append(']');
            }
            if (node.getKind() != ElementKind.CONTAINER_ELEMENT && node.getName() != null) {
                field.append(field.isEmpty() ? "" : ".").append(node.getName());
            }
        }
        return field.toString();
    }
}
