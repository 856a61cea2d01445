package org.shelfwise.catalog.transfer;

import org.junit.jupiter.api.Test;

import java.io.StringReader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.shelfwise.catalog.transfer.ImportExportIT.HEADER;

class CsvRecordsTest {

    @Test
    void aRowWithANulCharacterIsRefusedByFieldAndTheNextRowReads() {
        var records = new CsvRecords(new StringReader(HEADER + "9780141439518,Bad\u0000title,,A,,,,,,\n"
                + "9780141439600,Good,,A,,,,,,\n"));
        var bad = records.next();
        assertThat(bad.input()).isNull();
        assertThat(bad.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("title");
            assertThat(p.rule()).isEqualTo("control-character");
        });
        assertThat(records.next().input().title()).isEqualTo("Good");
        assertThat(records.next()).isNull();
    }

    @Test
    void aQuoteLeftOpenEndsTheFileAsOneUnreadableRow() {
        var records = new CsvRecords(new StringReader(HEADER + "9780141439518,Fine,,A,,,,,,\n"
                + "9780141439600,\"Open,,A,,,,,,\n9780141439617,Lost,,A,,,,,,\n"));
        assertThat(records.next().input().title()).isEqualTo("Fine");
        var broken = records.next();
        assertThat(broken.number()).isEqualTo(2);
        assertThat(broken.problems()).singleElement().satisfies(p -> assertThat(p.rule()).isEqualTo("csv"));
        assertThat(records.next()).isNull();
    }

    @Test
    void aResumedFileStartsAfterTheRowsAlreadyImported() {
        var records = CsvRecords.resumed(new StringReader(HEADER + "9780141439518,One,,A,,,,,,\n"
                + "9780141439600,Two,,A,,,,,,\n9780141439617,Three,,A,,,,,,\n"), 2);
        var third = records.next();
        assertThat(third.number()).isEqualTo(3);
        assertThat(third.input().title()).isEqualTo("Three");
    }
}
