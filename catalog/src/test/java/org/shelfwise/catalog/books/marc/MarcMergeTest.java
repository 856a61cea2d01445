package org.shelfwise.catalog.books.marc;

import org.junit.jupiter.api.Test;
import org.marc4j.marc.Record;
import org.marc4j.marc.VariableField;
import org.shelfwise.catalog.books.BookDetails;
import org.shelfwise.catalog.books.BookRequests.BookInput;
import org.shelfwise.catalog.books.Contributor;
import org.shelfwise.catalog.books.Format;
import org.shelfwise.catalog.books.Title;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Writing records back: a kept record changes only in the fields of the parts edited; a new one reads as it was written. */
class MarcMergeTest {

    @Test
    void aRecordMergedWithItsOwnDetailsKeepsEveryField() {
        for (String file : List.of("evergreen/jazz_1k.mrc", "evergreen/hebrew.marc", "perl4lib/cjk1.marc",
                "evergreen/lul_fre_500.mrc", "marc4j/sample1a.xml", "evergreen/badisbns.xml")) {
            for (var record : MarcSamples.read(file)) {
                var merged = MarcMapping.merge(record, MarcMapping.toDetails(record));
                assertThat(fields(merged)).as(file).isEqualTo(fields(record));
                assertThat(merged.getLeader().marshal()).isEqualTo(record.getLeader().marshal());
            }
        }
    }

    @Test
    void anEditedTitleReplacesThe245AndItsTwinAndKeepsEveryOtherFieldIncludingLocalOnes() {
        var record = MarcSamples.first("evergreen/hebrew.marc");
        var details = MarcMapping.toDetails(record);
        var title = details.title();
        var edited = with(details, new Title("La-Torah ṿela-moʻadim", title.remainder(), null, null, null,
                title.responsibility(), title.originalScript()));

        var merged = MarcMapping.merge(record, edited);

        var others = record.getVariableFields().stream().filter(f -> !f.getTag().equals("245")
                && !(f.getTag().equals("880") && f.toString().contains("245-01"))).map(VariableField::toString).toList();
        assertThat(fields(merged)).containsAll(others).hasSize(others.size() + 2);
        assertThat(fields(merged)).anyMatch(f -> f.startsWith("994"));
        assertThat(MarcMapping.toDetails(merged)).isEqualTo(edited);
        assertThat(fields(merged).stream().filter(f -> f.startsWith("245"))).singleElement().asString()
                .contains("$aLa-Torah ṿela-moʻadim");
    }

    @Test
    void aBookMadeThroughTheApiReadsBackFromItsRecordAsItWasWritten() {
        var details = BookInput.simple("The projectionist", "a novel", List.of("Gébler, Carlo"), "0-306-40615-2",
                "Abacus", 1991, "en", List.of("Cinema -- Fiction", "Ireland"), "A summary.", "2nd ed.").toDetails();
        var withRoles = new BookDetails(new Title("The projectionist", "a novel", "Part 1", "Beginnings", 4,
                "Carlo Gébler", "放映技師"), List.of(Contributor.author("Gébler, Carlo"),
                new Contributor("Translators Guild", Contributor.Kind.ORGANIZATION, List.of("trl"), null)),
                details.identifiers().withControlNumber("b-1", null), details.edition(), details.publication(),
                "310 p.", List.of("Irish fiction ; 3"), List.of("Includes an index"), details.description(),
                details.subjects(), details.languages(), Format.EBOOK, List.of());

        var record = MarcMapping.toRecord(withRoles, Instant.parse("2026-12-02T07:00:00Z"));

        assertThat(MarcMapping.toDetails(record)).isEqualTo(withRoles);
        assertThat(record.getLeader().getTypeOfRecord()).isEqualTo('a');
        assertThat(fields(record)).contains("001 b-1");
    }

    private static BookDetails with(BookDetails d, Title title) {
        return new BookDetails(title, d.contributors(), d.identifiers(), d.edition(), d.publication(),
                d.physicalDescription(), d.series(), d.notes(), d.description(), d.subjects(), d.languages(),
                d.format(), d.links());
    }

    private static List<String> fields(Record record) {
        return record.getVariableFields().stream().map(VariableField::toString).toList();
    }
}
