package org.shelfwise.catalog.transfer;

import org.junit.jupiter.api.Test;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;

import static org.assertj.core.api.Assertions.assertThat;

class ItemFieldsTest {

    static final MarcFactory factory = MarcFactory.newInstance();

    static Record with(String tag, String... codesAndValues) {
        var record = factory.newRecord();
        var field = factory.newDataField(tag, ' ', ' ');
        for (int i = 0; i < codesAndValues.length; i += 2) {
            field.addSubfield(factory.newSubfield(codesAndValues[i].charAt(0), codesAndValues[i + 1]));
        }
        record.addVariableField(field);
        return record;
    }

    @Test
    void readsKohasItemFieldBarcodeCallNumberBranchAndShelvingLocation() {
        var record = with("952", "a", "CPL", "b", "CPL", "c", "FIC", "o", "823 AUS", "p", "31000000012345", "y", "BOOK",
                "z", "Signed");
        assertThat(ItemFields.named("952").items(record)).containsExactly(
                new ItemFields.Item("31000000012345", "823 AUS", "CPL / FIC", "Signed; type BOOK", null));
    }

    @Test
    void aKohaItemWithdrawnOrLostIsNoCopyAndOneNotForLoanSaysSo() {
        assertThat(ItemFields.named("952").items(with("952", "p", "1", "0", "1")).getFirst().gone()).isEqualTo("withdrawn");
        assertThat(ItemFields.named("952").items(with("952", "p", "1", "0", "0", "1", "2")).getFirst().gone()).isEqualTo("lost");
        assertThat(ItemFields.named("952").items(with("952", "p", "1", "o", "R 030", "h", "v.2", "7", "1")))
                .containsExactly(new ItemFields.Item("1", "R 030 v.2", null, "not for loan", null));
    }

    @Test
    void reads949AndHoldings852AsTheirSystemsWriteThem() {
        assertThat(ItemFields.named("949").items(with("949", "a", "5490", "i", "30007007467409", "l", "HUNT-AUDIO",
                "m", "HUNTINGTON", "t", "SOUND"))).containsExactly(
                new ItemFields.Item("30007007467409", "5490", "HUNTINGTON / HUNT-AUDIO", "type SOUND", null));
        assertThat(ItemFields.named("852").items(with("852", "a", "Main", "b", "Stacks", "h", "PR4034", "i", ".P7 1813",
                "p", "39015", "z", "Ask at desk"))).containsExactly(
                new ItemFields.Item("39015", "PR4034 .P7 1813", "Main / Stacks", "Ask at desk", null));
    }

    @Test
    void anItemWithoutBarcodeKeepsItsShelvingForTheReport() {
        assertThat(ItemFields.named("949").items(with("949", "a", "5490")))
                .containsExactly(new ItemFields.Item(null, "5490", null, null, null));
        assertThat(ItemFields.named(null)).isNull();
    }
}
