package org.shelfwise.catalog.books.marc;

import org.junit.jupiter.api.Test;
import org.marc4j.marc.MarcFactory;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class MarcJsonTest {

    @Test
    void keepsARecordAsMarcInJsonEveryFieldInOrderAndReadsItBackTheSame() {
        var factory = MarcFactory.newInstance();
        var record = factory.newRecord("00000nam a2200000 a 4500");
        record.addVariableField(factory.newControlField("001", "b1"));
        var title = factory.newDataField("245", '1', '4');
        title.addSubfield(factory.newSubfield('a', "The \"quoted\" r\u00e9cit /"));
        title.addSubfield(factory.newSubfield('c', "\u9b6f\u8fc5."));
        record.addVariableField(title);
        var item = factory.newDataField("949", ' ', ' ');
        item.addSubfield(factory.newSubfield('i', "B-1"));
        record.addVariableField(item);

        String written = MarcJson.write(record);

        assertThat(JsonMapper.builder().build().readTree(written)).isEqualTo(JsonMapper.builder().build().readTree("""
                {"leader": "00000nam a2200000 a 4500", "fields": [{"001": "b1"},
                 {"245": {"ind1": "1", "ind2": "4", "subfields": [{"a": "The \\"quoted\\" r\u00e9cit /"}, {"c": "\u9b6f\u8fc5."}]}},
                 {"949": {"ind1": " ", "ind2": " ", "subfields": [{"i": "B-1"}]}}]}"""));
        assertThat(MarcJson.read(written).toString()).isEqualTo(record.toString());
    }
}
