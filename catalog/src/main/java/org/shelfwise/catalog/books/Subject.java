package org.shelfwise.catalog.books;

import com.fasterxml.jackson.annotation.JsonCreator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A subject heading (MARC 600/610/611/630/650/651/655): what kind of thing it names, the heading, and its
 * subdivisions ($v form, $x general, $y period, $z place), in order. Given as text, {@code "Whales -- Fiction"}
 * is a topic with one subdivision.
 */
public record Subject(@NotBlank @Size(max = 500) String heading, Kind kind,
                      @Size(max = 20) List<@NotBlank @Size(max = 200) String> subdivisions) {

    /** What a heading names (600 person, 610 organisation, 611 meeting, 630 uniform title, 650, 651, 655). */
    public enum Kind { PERSON, ORGANIZATION, MEETING, TITLE, TOPIC, PLACE, GENRE }

    static final String SEPARATOR = " -- ";

    @JsonCreator(mode = JsonCreator.Mode.PROPERTIES)
    public Subject {
        heading = Text.clean(heading);
        kind = kind == null ? Kind.TOPIC : kind;
        subdivisions = subdivisions == null ? List.of() : subdivisions.stream().map(Text::clean)
                .filter(s -> s != null).toList();
    }

    /** A heading written as text, subdivisions after {@code --}. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static Subject parse(String text) {
        var parts = Arrays.stream(text == null ? new String[] {""} : text.split("\\s*--\\s*")).map(String::strip).toList();
        return new Subject(parts.getFirst(), Kind.TOPIC, parts.subList(1, parts.size()));
    }

    /** The heading with its subdivisions, as a line of text: {@code Whales -- Fiction}. */
    public String text() {
        return Stream.concat(Stream.of(heading), subdivisions.stream()).collect(Collectors.joining(SEPARATOR));
    }
}
