package org.shelfwise.catalog.books;

import java.util.List;
import java.util.Objects;

/** Text as the catalogue keeps it: stripped, a blank as absent; lists without absent values. */
final class Text {

    private Text() {
    }

    static String clean(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static List<String> cleanAll(List<String> values) {
        return values == null ? List.of()
                : values.stream().map(Text::clean).filter(Objects::nonNull).distinct().toList();
    }

    static <T> List<T> copy(List<T> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }
}
