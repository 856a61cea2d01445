package org.shelfwise.platform.problems;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** What a Java type is called in a client's words: "a whole number", "text", "one of ADULT, CHILD". */
final class TypeWords {

    private TypeWords() {
    }

    static String of(Class<?> type) {
        if (type == null) {
            return "of another type";
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "text (a JSON string)";
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class
                || type == Short.class || type == short.class || type == BigInteger.class || type == Byte.class) {
            return "a whole number" + range(type);
        }
        if (type == BigDecimal.class || type == Double.class || type == double.class || type == Float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == LocalDate.class) {
            return "a date such as 2024-01-31";
        }
        if (type == Instant.class || type == OffsetDateTime.class) {
            return "a date and time such as 2024-01-31T09:00:00Z";
        }
        if (type == UUID.class) {
            return "a UUID such as 3f2c1a9e-0b7d-4c52-9a1e-8d5b6f4e2a10";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list (a JSON array)";
        }
        return Map.class.isAssignableFrom(type) || !type.getName().startsWith("java.") ? "an object (a JSON object)"
                : "of another type";
    }

    private static String range(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return " from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == Long.class || type == long.class) {
            return " from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        return "";
    }
}
