package org.shelfwise.catalog.transfer;

import org.junit.jupiter.api.Test;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import org.shelfwise.platform.problems.FieldProblem;

import java.util.List;

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
        assertThat(ItemFields.named("952").items(record)).containsExactly(new ItemFields.Item("31000000012345",
                "823 AUS", "FIC", "Signed", null, "CPL", "BOOK", List.of()));
    }

    @Test
    void aKohaItemWithdrawnOrLostIsNoCopyAndOneNotForLoanSaysSo() {
        assertThat(ItemFields.named("952").items(with("952", "p", "1", "0", "1")).getFirst().gone()).isEqualTo("withdrawn");
        assertThat(ItemFields.named("952").items(with("952", "p", "1", "0", "0", "1", "2")).getFirst().gone()).isEqualTo("lost");
        assertThat(ItemFields.named("952").items(with("952", "p", "1", "o", "R 030", "h", "v.2", "7", "1")))
                .containsExactly(new ItemFields.Item("1", "R 030 v.2", null, "not for loan", null, null, null, List.of()));
    }

    @Test
    void reads949AndHoldings852AsTheirSystemsWriteThem() {
        assertThat(ItemFields.named("949").items(with("949", "a", "5490", "i", "30007007467409", "l", "HUNT-AUDIO",
                "m", "HUNTINGTON", "t", "SOUND"))).containsExactly(
                new ItemFields.Item("30007007467409", "5490", "HUNT-AUDIO", null, null, "HUNTINGTON", "SOUND", List.of()));
        assertThat(ItemFields.named("852").items(with("852", "a", "Main", "b", "Stacks", "h", "PR4034", "i", ".P7 1813",
                "p", "39015", "z", "Ask at desk"))).containsExactly(
                new ItemFields.Item("39015", "PR4034 .P7 1813", "Main", "Ask at desk", null, "Stacks", null, List.of()));
    }

    @Test
    void aBranchOrItemTypeThatIsNoCodeStaysInTheTextAndTheItemWarnsOfIt() {
        var item = ItemFields.named("952").items(with("952", "a", "Main Library", "c", "FIC", "p", "1", "y", "BK/2"))
                .getFirst();
        assertThat(item.branch()).isNull();
        assertThat(item.itemType()).isNull();
        assertThat(item.location()).isEqualTo("Main Library / FIC");
        assertThat(item.note()).isEqualTo("type BK/2");
        assertThat(item.warnings()).extracting(FieldProblem::field).containsExactly("952$a", "952$y");
        assertThat(item.warnings().getFirst().message()).contains("\"Main Library\"", "not a code");
        var holding = ItemFields.named("852").items(with("852", "a", "Main", "b", "Rare books", "p", "2")).getFirst();
        assertThat(holding.branch()).isNull();
        assertThat(holding.location()).isEqualTo("Main / Rare books");
        assertThat(holding.warnings()).extracting(FieldProblem::field).containsExactly("852$b");
        assertThat(ItemFields.named("949").items(with("949", "i", "3", "m", "x".repeat(33))).getFirst().warnings())
                .extracting(FieldProblem::field).containsExactly("949$m");
    }

    @Test
    void anItemWithoutBarcodeKeepsItsShelvingForTheReport() {
        assertThat(ItemFields.named("949").items(with("949", "a", "5490")))
                .containsExactly(new ItemFields.Item(null, "5490", null, null, null, null, null, List.of()));
        assertThat(ItemFields.named(null)).isNull();
    }
}
