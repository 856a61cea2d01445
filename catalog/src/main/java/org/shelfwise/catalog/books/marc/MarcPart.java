package org.shelfwise.catalog.books.marc;

import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.VariableField;
import org.shelfwise.catalog.books.BookDetails;
import org.shelfwise.catalog.books.Contributor;
import org.shelfwise.catalog.books.Language;
import org.shelfwise.catalog.books.Subject;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * A part of the catalogue's model and the MARC fields it is read from, so that an edit of one part replaces just
 * those fields (and the 880 fields linked to them) and leaves every other field of a kept record as it came.
 */
enum MarcPart {

    TITLE(BookDetails::title, "245"),
    CONTRIBUTORS(BookDetails::contributors, "100", "110", "111", "700", "710", "711"),
    IDENTIFIERS(BookDetails::identifiers, "001", "003", "010", "020", "022", "035"),
    EDITION(BookDetails::edition, "250"),
    PUBLICATION(BookDetails::publication, "260", "264"),
    PHYSICAL_DESCRIPTION(BookDetails::physicalDescription, "300"),
    SERIES(BookDetails::series, "440", "490", "800", "810", "811", "830"),
    NOTES(BookDetails::notes),
    DESCRIPTION(BookDetails::description, "520"),
    SUBJECTS(BookDetails::subjects, "600", "610", "611", "630", "650", "651", "655"),
    LANGUAGES(BookDetails::languages, "041"),
    FORMAT(BookDetails::format, "007"),
    LINKS(BookDetails::links, "856");

    private static final MarcFactory factory = MarcFactory.newInstance();

    private final Function<BookDetails, Object> value;
    private final Set<String> tags;

    MarcPart(Function<BookDetails, Object> value, String... tags) {
        this.value = value;
        this.tags = Set.of(tags);
    }

    Object of(BookDetails details) {
        return value.apply(details);
    }

    /** Whether a field of this tag holds this part (every 5XX but the summary is a note). */
    boolean holds(String tag) {
        return this == NOTES ? tag.startsWith("5") && !tag.equals("520") : tags.contains(tag);
    }

    /** The fields that hold this part of these details; 880 twins are numbered by {@code links}. */
    List<VariableField> fields(BookDetails d, Alternates links) {
        var fields = new ArrayList<VariableField>();
        switch (this) {
            case TITLE -> title(d, links, fields);
            case CONTRIBUTORS -> contributors(d, links, fields);
            case IDENTIFIERS -> identifiers(d, fields);
            case EDITION -> text(fields, "250", d.edition());
            case PUBLICATION -> publication(d, links, fields);
            case PHYSICAL_DESCRIPTION -> text(fields, "300", d.physicalDescription());
            case SERIES -> d.series().forEach(series -> fields.add(field("490", '0', ' ', 'a', series)));
            case NOTES -> d.notes().forEach(note -> fields.add(field("500", ' ', ' ', 'a', note)));
            case DESCRIPTION -> text(fields, "520", d.description());
            case SUBJECTS -> subjects(d, fields);
            case LANGUAGES -> languages(d, links, fields);
            case FORMAT -> {
                if (d.format() == org.shelfwise.catalog.books.Format.EBOOK) {
                    fields.add(factory.newControlField("007", "cr |||||||||||"));
                }
            }
            case LINKS -> links(d, fields);
        }
        return fields;
    }

    private static void title(BookDetails d, Alternates links, List<VariableField> fields) {
        var title = d.title();
        var field = factory.newDataField("245", d.contributors().isEmpty() ? '0' : '1',
                title.nonFiling() == null ? '0' : (char) ('0' + title.nonFiling()));
        add(field, 'a', title.main());
        add(field, 'b', title.remainder());
        add(field, 'n', title.partNumber());
        add(field, 'p', title.partName());
        add(field, 'c', title.responsibility());
        fields.add(field);
        links.twin(field, title.originalScript(), 'a').ifPresent(fields::add);
    }

    /** The first contributor is the main entry (1XX), the others added entries (7XX). */
    private static void contributors(BookDetails d, Alternates links, List<VariableField> fields) {
        for (int i = 0; i < d.contributors().size(); i++) {
            var contributor = d.contributors().get(i);
            String tag = (i == 0 ? "1" : "7") + switch (contributor.kind()) {
                case PERSON -> "00";
                case ORGANIZATION -> "10";
                case MEETING -> "11";
            };
            char ind1 = contributor.kind() != Contributor.Kind.PERSON ? '2'
                    : contributor.name().contains(",") ? '1' : '0';
            var field = factory.newDataField(tag, ind1, ' ');
            add(field, 'a', contributor.name());
            for (String role : contributor.roles()) {
                add(field, MarcReading.isRelatorCode(role) ? '4'
                        : contributor.kind() == Contributor.Kind.MEETING ? 'j' : 'e', role);
            }
            fields.add(field);
            links.twin(field, contributor.originalScript(), 'a').ifPresent(fields::add);
        }
    }

    private static void identifiers(BookDetails d, List<VariableField> fields) {
        var ids = d.identifiers();
        if (ids.controlNumber() != null) {
            fields.add(factory.newControlField("001", ids.controlNumber()));
        }
        if (ids.controlNumberSource() != null) {
            fields.add(factory.newControlField("003", ids.controlNumberSource()));
        }
        if (ids.lccn() != null) {
            fields.add(field("010", ' ', ' ', 'a', ids.lccn()));
        }
        ids.isbns().forEach(isbn -> fields.add(field("020", ' ', ' ', 'a', isbn)));
        ids.invalidIsbns().forEach(isbn -> fields.add(field("020", ' ', ' ', 'z', isbn)));
        ids.issns().forEach(issn -> fields.add(field("022", ' ', ' ', 'a', issn)));
        ids.systemNumbers().forEach(number -> fields.add(field("035", ' ', ' ', 'a', number)));
    }

    private static void publication(BookDetails d, Alternates links, List<VariableField> fields) {
        var publication = d.publication();
        if (publication.place() == null && publication.publisher() == null && publication.date() == null
                && publication.year() == null) {
            return;
        }
        var field = factory.newDataField("264", ' ', '1');
        add(field, 'a', publication.place());
        add(field, 'b', publication.publisher());
        // the year alone goes in 008/07-10 (MarcMapping), where a record has one
        String year = publication.year() == null ? null : publication.year().toString();
        boolean dateSaysYear = publication.date() != null && (year == null || publication.date().contains(year));
        add(field, 'c', dateSaysYear ? publication.date() : links.hasFixedField() ? null : year);
        fields.add(field);
    }

    private static void subjects(BookDetails d, List<VariableField> fields) {
        for (var subject : d.subjects()) {
            var field = factory.newDataField(tag(subject.kind()), switch (subject.kind()) {
                case PERSON -> '1';
                case ORGANIZATION, MEETING -> '2';
                default -> ' ';
            }, '4');
            add(field, 'a', subject.heading());
            subject.subdivisions().forEach(subdivision -> add(field, 'x', subdivision));
            fields.add(field);
        }
    }

    /** The first language also goes in 008/35-37 (MarcMapping); 041 lists them all when there are more. */
    private static void languages(BookDetails d, Alternates links, List<VariableField> fields) {
        if (!d.languages().isEmpty() && (d.languages().size() > 1 || !links.hasFixedField())) {
            var field = factory.newDataField("041", '0', ' ');
            d.languages().stream().map(Language::marcCode).forEach(code -> add(field, 'a', code));
            fields.add(field);
        }
    }

    private static void links(BookDetails d, List<VariableField> fields) {
        for (var link : d.links()) {
            var field = factory.newDataField("856", '4', '0');
            add(field, 'u', link.url());
            add(field, 'y', link.text());
            fields.add(field);
        }
    }

    private static String tag(Subject.Kind kind) {
        return switch (kind) {
            case PERSON -> "600";
            case ORGANIZATION -> "610";
            case MEETING -> "611";
            case TITLE -> "630";
            case TOPIC -> "650";
            case PLACE -> "651";
            case GENRE -> "655";
        };
    }

    private static void text(List<VariableField> fields, String tag, String value) {
        if (value != null) {
            fields.add(field(tag, ' ', ' ', 'a', value));
        }
    }

    private static DataField field(String tag, char ind1, char ind2, char code, String value) {
        var field = factory.newDataField(tag, ind1, ind2);
        field.addSubfield(factory.newSubfield(code, value));
        return field;
    }

    private static void add(DataField field, char code, String value) {
        if (value != null) {
            field.addSubfield(factory.newSubfield(code, value));
        }
    }
}
