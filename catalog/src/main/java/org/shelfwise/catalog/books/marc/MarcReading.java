package org.shelfwise.catalog.books.marc;

import org.marc4j.marc.DataField;
import org.marc4j.marc.Record;
import org.shelfwise.catalog.books.BookDetails;
import org.shelfwise.catalog.books.Contributor;
import org.shelfwise.catalog.books.Identifiers;
import org.shelfwise.catalog.books.Isbn;
import org.shelfwise.catalog.books.Language;
import org.shelfwise.catalog.books.Link;
import org.shelfwise.catalog.books.Publication;
import org.shelfwise.catalog.books.Subject;
import org.shelfwise.catalog.books.Title;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

import static org.shelfwise.catalog.books.marc.MarcFields.clean;
import static org.shelfwise.catalog.books.marc.MarcFields.data;
import static org.shelfwise.catalog.books.marc.MarcFields.first;
import static org.shelfwise.catalog.books.marc.MarcFields.join;

/** Reads the catalogue's model of a record out of a MARC 21 bibliographic record (see {@link MarcMapping}). */
final class MarcReading {

    private static final Pattern YEAR = Pattern.compile("\\b(\\d{4})\\b");
    private static final Pattern RELATOR_CODE = Pattern.compile("[a-z]{3}");

    private final Record record;
    /** The 880 fields by the tag and occurrence they stand beside ({@code 245-01}). */
    private final Map<String, DataField> alternates = new HashMap<>();

    MarcReading(Record record) {
        this.record = record;
        for (var field : data(record, "880")) {
            MarcFields.linkage(field).ifPresent(link -> alternates.putIfAbsent(link, field));
        }
    }

    BookDetails details() {
        return new BookDetails(title(), contributors(), identifiers(), edition(), publication(), physical(), series(),
                notes(), description(), subjects(), languages(), MarcFormats.of(record), links());
    }

    private Title title() {
        var fields = data(record, "245");
        if (fields.isEmpty()) {
            return new Title(null, null, null, null, null, null, null);
        }
        var field = fields.getFirst();
        char ind2 = field.getIndicator2();
        Integer nonFiling = Character.isDigit(ind2) ? ind2 - '0' : null;
        var alternate = alternate(field);
        return new Title(first(field, 'a'), first(field, 'b'), join(field, "n", ", "), join(field, "p", ", "),
                nonFiling, first(field, 'c'), alternate == null ? null : join(alternate, "abnp"));
    }

    private List<Contributor> contributors() {
        var contributors = new ArrayList<Contributor>();
        for (var field : data(record, "100", "110", "111", "700", "710", "711")) {
            var kind = switch (field.getTag().substring(1)) {
                case "00" -> Contributor.Kind.PERSON;
                case "10" -> Contributor.Kind.ORGANIZATION;
                default -> Contributor.Kind.MEETING;
            };
            String name = kind == Contributor.Kind.ORGANIZATION ? join(field, "ab") : MarcFields.name(first(field, 'a'));
            if (name == null) {
                continue;
            }
            var roles = MarcFields.values(field, kind == Contributor.Kind.MEETING ? "j4" : "e4");
            var alternate = alternate(field);
            contributors.add(new Contributor(name, kind, roles,
                    alternate == null ? null : kind == Contributor.Kind.ORGANIZATION ? join(alternate, "ab")
                            : first(alternate, 'a')));
        }
        return contributors;
    }

    static boolean isRelatorCode(String role) {
        return RELATOR_CODE.matcher(role).matches();
    }

    private Identifiers identifiers() {
        var isbns = new ArrayList<String>();
        var invalid = new ArrayList<String>();
        for (var field : data(record, "020")) {
            for (var subfield : field.getSubfields()) {
                if (subfield.getCode() != 'a' && subfield.getCode() != 'z') {
                    continue;
                }
                // $a may carry a qualifier after the number ("0306406152 (pbk.)"); $z is invalid or cancelled
                String written = clean(subfield.getData());
                if (written == null) {
                    continue;
                }
                var isbn = subfield.getCode() == 'a' ? Isbn.parse(written.split("\\s", 2)[0]) : Optional.<Isbn>empty();
                if (isbn.isPresent()) {
                    isbns.add(isbn.get().value());
                } else {
                    invalid.add(written);
                }
            }
        }
        var issns = data(record, "022").stream().map(f -> first(f, 'a')).filter(v -> v != null).toList();
        var lccn = data(record, "010").stream().map(f -> f.getSubfield('a')).filter(s -> s != null)
                .map(s -> s.getData().strip()).findFirst().orElse(null);
        var systemNumbers = data(record, "035").stream().map(f -> f.getSubfield('a')).filter(s -> s != null)
                .map(s -> s.getData().strip()).toList();
        return new Identifiers(isbns, invalid, issns, lccn, systemNumbers,
                MarcFields.control(record, "001").map(String::strip).orElse(null),
                MarcFields.control(record, "003").map(String::strip).orElse(null));
    }

    private String edition() {
        return data(record, "250").stream().map(f -> join(f, "ab")).filter(v -> v != null).findFirst().orElse(null);
    }

    /** The first 264 of publication (ind2 1), else the first 260, else the first 264. */
    private Publication publication() {
        var field = data(record, "264").stream().filter(f -> f.getIndicator2() == '1').findFirst()
                .or(() -> data(record, "260").stream().findFirst())
                .or(() -> data(record, "264").stream().findFirst()).orElse(null);
        String date = field == null ? null : first(field, 'c');
        Integer year = year(date);
        if (year == null) {
            var fixed = MarcFields.control(record, "008").orElse("");
            year = fixed.length() >= 11 ? year(fixed.substring(7, 11)) : null;
        }
        return field == null ? new Publication(null, null, null, year)
                : new Publication(join(field, "a", " ; "), join(field, "b", " ; "), date, year);
    }

    private static Integer year(String text) {
        if (text == null) {
            return null;
        }
        var year = YEAR.matcher(text);
        if (year.find()) {
            int value = Integer.parseInt(year.group(1));
            return value >= 1000 && value <= 2100 ? value : null;
        }
        return null;
    }

    private String physical() {
        return data(record, "300").stream().map(f -> join(f, "abcefg3")).filter(v -> v != null).findFirst()
                .orElse(null);
    }

    private List<String> series() {
        var series = new ArrayList<String>();
        for (var field : data(record, "440", "490", "800", "810", "811", "830")) {
            // a series title (440, 490, 830) or a name with the title of its series (800, 810, 811)
            String title = List.of("440", "490", "830").contains(field.getTag()) ? join(field, "anp", ". ")
                    : join(field, "abcdt", " ");
            String volume = join(field, "v");
            if (title != null) {
                series.add(volume == null ? title : title + " ; " + volume);
            }
        }
        return series;
    }

    private List<String> notes() {
        var notes = new ArrayList<String>();
        for (var field : record.getDataFields()) {
            String tag = field.getTag();
            if (tag.startsWith("5") && !tag.equals("520")) {
                String note = MarcFields.text(field, "abcdefghijklmnopqrstuvwxyz3");
                if (note != null) {
                    notes.add(note);
                }
            }
        }
        return notes;
    }

    private String description() {
        return data(record, "520").stream().map(f -> MarcFields.text(f, "ab")).filter(v -> v != null).findFirst()
                .orElse(null);
    }

    private List<Subject> subjects() {
        var subjects = new ArrayList<Subject>();
        for (var field : data(record, "600", "610", "611", "630", "650", "651", "655")) {
            var kind = switch (field.getTag()) {
                case "600" -> Subject.Kind.PERSON;
                case "610" -> Subject.Kind.ORGANIZATION;
                case "611" -> Subject.Kind.MEETING;
                case "630" -> Subject.Kind.TITLE;
                case "651" -> Subject.Kind.PLACE;
                case "655" -> Subject.Kind.GENRE;
                default -> Subject.Kind.TOPIC;
            };
            String codes = switch (kind) {
                case PERSON -> "abcdqt";
                case ORGANIZATION -> "abt";
                case MEETING -> "acdnt";
                case TITLE -> "adfklnp";
                default -> "ab";
            };
            String heading = join(field, codes);
            if (heading != null) {
                subjects.add(new Subject(heading, kind, MarcFields.values(field, "vxyz")));
            }
        }
        return subjects;
    }

    /** 008/35-37, then every code of 041 $a (older records run several together: "engfre"). */
    private List<Language> languages() {
        var languages = new ArrayList<Language>();
        var fixed = MarcFields.control(record, "008").orElse("");
        if (fixed.length() >= 38) {
            Language.parse(fixed.substring(35, 38)).ifPresent(languages::add);
        }
        for (var field : data(record, "041")) {
            for (var code : MarcFields.values(field, "a")) {
                for (int i = 0; i + 3 <= code.length(); i += 3) {
                    Language.parse(code.substring(i, i + 3)).ifPresent(languages::add);
                }
            }
        }
        return languages;
    }

    private List<Link> links() {
        var links = new ArrayList<Link>();
        for (var field : data(record, "856")) {
            String text = first(field, 'y') != null ? first(field, 'y')
                    : first(field, '3') != null ? first(field, '3') : first(field, 'z');
            for (var url : field.getSubfields('u')) {
                String address = url.getData().strip();
                if (address.matches("(?i)(https?|ftp)://\\S+")) {
                    links.add(new Link(address, text));
                }
            }
        }
        return links;
    }

    private DataField alternate(DataField field) {
        return MarcFields.linkage(field).filter(link -> link.startsWith("880-"))
                .map(link -> alternates.get(field.getTag() + link.substring(3))).orElse(null);
    }

}
