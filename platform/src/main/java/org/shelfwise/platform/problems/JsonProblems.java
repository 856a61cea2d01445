package org.shelfwise.platform.problems;

import org.shelfwise.platform.input.ControlCharacterInText;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;

import java.util.List;

/**
 * Says in words which field of a JSON body could not be read and why: Jackson's own messages name Java types and
 * tokens ({@code java.util.ArrayList<java.lang.String>}, {@code VALUE_NUMBER_INT}), which mean nothing to a client.
 */
public final class JsonProblems {

    private JsonProblems() {
    }

    /** The field and rule that {@code error}, raised while reading a body, names. */
    public static FieldProblem of(JacksonException error) {
        String field = path(error.getPath());
        String message = String.valueOf(error.getOriginalMessage());
        if (error instanceof ControlCharacterInText) {
            return new FieldProblem(field, "NoControlCharacters", message);
        }
        if (error instanceof StreamConstraintsException) {
            return new FieldProblem(field, "size", "is too large to read: " + limit(message));
        }
        if (error instanceof InputCoercionException coercion) {
            return new FieldProblem(field, "range", "is out of range: must be " + TypeWords.of(coercion.getTargetType()));
        }
        if (error instanceof InvalidNullException) {
            return new FieldProblem(field, "NotNull", "must not be null");
        }
        if (error instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new FieldProblem(field, "type", "must be " + TypeWords.of(mismatch.getTargetType()));
        }
        if (message.startsWith("Duplicate Object property")) {
            String key = message.replaceFirst("^Duplicate Object property \"(.*)\"[\\s\\S]*$", "$1");
            return new FieldProblem(field.equals("body") ? key : field + "." + key, "duplicate",
                    "is given more than once");
        }
        if (error instanceof StreamReadException) {
            var location = error.getLocation();
            return new FieldProblem("body", "json", "is not well-formed JSON"
                    + (location == null || location.getLineNr() < 0 ? ""
                    : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"));
        }
        return new FieldProblem(field, "type", "has the wrong type or format");
    }

    // "Number value length (1001) exceeds the maximum allowed (1000, from `StreamReadConstraints...`)"
    private static String limit(String message) {
        String words = message.replaceAll("\\s*,?\\s*from `[^`]*`", "").replaceAll("\\s*\\([^)]*`[^)]*\\)", "");
        return words.replace("Number value length", "a number's length").replace("String value length",
                "a text's length").replace("Document nesting depth", "the nesting depth").replace("Name length",
                "a field name's length");
    }

    private static String path(List<JacksonException.Reference> references) {
        var path = new StringBuilder();
        for (var reference : references) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.isEmpty() ? "body" : path.toString();
    }
}
