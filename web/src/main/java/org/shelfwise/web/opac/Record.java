package org.shelfwise.web.opac;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * A whole bibliographic record as {@code GET /api/books/{id}} answers it, for its public page: title and its parts,
 * contributors with their roles, edition, publication, series, subjects, notes, identifiers and links.
 */
public record Record(UUID id, String title, String subtitle, String partNumber, String partName, String responsibility,
                     String originalScriptTitle, List<Contributor> contributors, Identifiers identifiers,
                     String publisher, String publicationPlace, String publicationDate, Integer publicationYear,
                     String edition, String physicalDescription, List<String> series, List<String> notes,
                     String description, List<String> languages, List<String> subjects, String format,
                     List<Link> links) {

    public Record {
        contributors = contributors == null ? List.of() : contributors;
        series = series == null ? List.of() : series;
        notes = notes == null ? List.of() : notes;
        languages = languages == null ? List.of() : languages;
        subjects = subjects == null ? List.of() : subjects;
        links = links == null ? List.of() : links;
        identifiers = identifiers == null ? new Identifiers(null, null, null, null) : identifiers;
    }

    /** A person, organisation or meeting, with what they did ("author", "editor", "trl"). */
    public record Contributor(String name, String kind, List<String> roles) {

        public Contributor {
            roles = roles == null ? List.of() : roles;
        }

        public boolean isPerson() {
            return kind == null || "PERSON".equals(kind);
        }
    }

    /** The numbers the record is known by. */
    public record Identifiers(List<String> isbns, List<String> issns, String lccn, String controlNumber) {

        public Identifiers {
            isbns = isbns == null ? List.of() : isbns;
            issns = issns == null ? List.of() : issns;
        }
    }

    /** Where the resource, or something about it, is online. */
    public record Link(String url, String text) {
    }

    /** The title with its part number and name, as a heading shows it. */
    public String fullTitle() {
        var parts = new ArrayList<String>();
        parts.add(title);
        if (partNumber != null) {
            parts.add(partNumber);
        }
        if (partName != null) {
            parts.add(partName);
        }
        return String.join(". ", parts);
    }

    /** schema.org's type for the format, as libraries publish their records; a CreativeWork where none fits. */
    public String schemaType() {
        return "https://schema.org/" + switch (format == null ? "BOOK" : format) {
            case "BOOK", "EBOOK" -> "Book";
            case "SERIAL" -> "Periodical";
            case "MAP" -> "Map";
            case "VIDEO" -> "Movie";
            case "MUSIC_RECORDING" -> "MusicRecording";
            case "SCORE" -> "SheetMusic";
            default -> "CreativeWork";
        };
    }

    public boolean isBook() {
        return schemaType().endsWith("/Book");
    }
}
