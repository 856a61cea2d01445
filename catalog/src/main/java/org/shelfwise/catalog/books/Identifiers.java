package org.shelfwise.catalog.books;

import jakarta.validation.constraints.Size;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The numbers a record is known by: ISBNs (MARC 020 $a, valid ones as ISBN-13; invalid or cancelled ones, $z,
 * kept as written), ISSNs (022), the LCCN (010), system numbers of other catalogues (035 $a, "(OCoLC)12345"),
 * and the record's own control number (001) with the code of the organisation that assigned it (003).
 */
public record Identifiers(@Size(max = 50) List<@ValidIsbn String> isbns,
                          @Size(max = 50) List<@Size(max = 100) String> invalidIsbns,
                          @Size(max = 20) List<@Size(max = 100) String> issns,
                          @Size(max = 100) String lccn,
                          @Size(max = 50) List<@Size(max = 200) String> systemNumbers,
                          @Size(max = 200) String controlNumber,
                          @Size(max = 100) String controlNumberSource) {

    public static final Identifiers NONE = new Identifiers(null, null, null, null, null, null, null);

    public Identifiers {
        isbns = Text.cleanAll(isbns).stream().map(text -> Isbn.parse(text).map(Isbn::value).orElse(text))
                .distinct().toList();
        invalidIsbns = Text.cleanAll(invalidIsbns);
        issns = Text.cleanAll(issns);
        lccn = Text.clean(lccn);
        systemNumbers = Text.cleanAll(systemNumbers);
        controlNumber = Text.clean(controlNumber);
        controlNumberSource = Text.clean(controlNumberSource);
    }

    /** The first valid ISBN, the one simple records show as {@code isbn}. */
    public Optional<Isbn> isbn() {
        return isbns.stream().map(Isbn::parse).flatMap(Optional::stream).findFirst();
    }

    /** These identifiers with {@code isbn} first among the ISBNs (added when absent). */
    public Identifiers withFirstIsbn(Isbn isbn) {
        var all = new ArrayList<String>();
        all.add(isbn.value());
        isbns.stream().filter(other -> !other.equals(isbn.value())).forEach(all::add);
        return new Identifiers(all, invalidIsbns, issns, lccn, systemNumbers, controlNumber, controlNumberSource);
    }

    /** These identifiers without the first valid ISBN, which a simple record's {@code isbn} replaces. */
    public Identifiers withoutFirstIsbn() {
        var first = isbn().map(Isbn::value).orElse(null);
        return new Identifiers(isbns.stream().filter(other -> !other.equals(first)).toList(), invalidIsbns, issns, lccn,
                systemNumbers, controlNumber, controlNumberSource);
    }

    public Identifiers withControlNumber(String number, String source) {
        return new Identifiers(isbns, invalidIsbns, issns, lccn, systemNumbers, number, source);
    }
}
