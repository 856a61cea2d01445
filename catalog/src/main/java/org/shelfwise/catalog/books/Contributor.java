package org.shelfwise.catalog.books;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A person, organisation or meeting responsible for a work (MARC 100/110/111, 700/710/711), with what they did:
 * relator terms ($e, $j) or codes ($4), as given ("author", "editor", "trl"); and the name in its original script.
 */
public record Contributor(@NotBlank @Size(max = 500) String name, Kind kind,
                          @Size(max = 10) List<@NotBlank @Size(max = 100) String> roles,
                          @Size(max = 500) String originalScript) {

    /** What kind of agent a contributor is, as MARC tells them apart (X00, X10, X11). */
    public enum Kind { PERSON, ORGANIZATION, MEETING }

    public Contributor {
        name = Text.clean(name);
        kind = kind == null ? Kind.PERSON : kind;
        roles = Text.cleanAll(roles);
        originalScript = Text.clean(originalScript);
    }

    /** A personal author, as the simple records name them. */
    public static Contributor author(String name) {
        return new Contributor(name, Kind.PERSON, List.of("author"), null);
    }
}
