package org.shelfwise.catalog.books.marc;

import org.marc4j.marc.ControlField;
import org.marc4j.marc.DataField;
import org.marc4j.marc.MarcFactory;
import org.marc4j.marc.Record;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.StringWriter;

/**
 * A whole MARC record as MARC-in-JSON ({@code {"leader": ..., "fields": [{"001": "..."}, {"245": {"ind1": "1",
 * "ind2": "0", "subfields": [{"a": "..."}]}}]}}), the form the catalogue keeps it in: every field, in order,
 * with no length limit (ISO 2709 stops at 99,999 bytes) and readable in SQL.
 */
public final class MarcJson {

    private static final MarcFactory factory = MarcFactory.newInstance();
    private static final JsonMapper json = JsonMapper.builder().build();

    private MarcJson() {
    }

    // written as it goes, not built as a tree first: an import writes every record it keeps
    public static String write(Record record) {
        var out = new StringWriter(2048);
        try (JsonGenerator g = json.createGenerator(out)) {
            g.writeStartObject();
            g.writeStringProperty("leader", record.getLeader().marshal());
            g.writeArrayPropertyStart("fields");
            for (var field : record.getControlFields()) {
                g.writeStartObject();
                g.writeStringProperty(field.getTag(), field.getData());
                g.writeEndObject();
            }
            for (var field : record.getDataFields()) {
                g.writeStartObject();
                g.writeObjectPropertyStart(field.getTag());
                g.writeStringProperty("ind1", String.valueOf(field.getIndicator1()));
                g.writeStringProperty("ind2", String.valueOf(field.getIndicator2()));
                g.writeArrayPropertyStart("subfields");
                for (var subfield : field.getSubfields()) {
                    g.writeStartObject();
                    g.writeStringProperty(String.valueOf(subfield.getCode()), subfield.getData());
                    g.writeEndObject();
                }
                g.writeEndArray();
                g.writeEndObject();
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        return out.toString();
    }

    public static Record read(String text) {
        JsonNode root = json.readTree(text);
        Record record = factory.newRecord(root.path("leader").asString());
        for (JsonNode entry : root.path("fields")) {
            var member = entry.properties().iterator().next();
            String tag = member.getKey();
            JsonNode value = member.getValue();
            if (value.isString()) {
                ControlField control = factory.newControlField(tag, value.asString());
                record.addVariableField(control);
                continue;
            }
            DataField field = factory.newDataField(tag, indicator(value, "ind1"), indicator(value, "ind2"));
            for (JsonNode subfield : value.path("subfields")) {
                var code = subfield.properties().iterator().next();
                field.addSubfield(factory.newSubfield(code.getKey().charAt(0), code.getValue().asString()));
            }
            record.addVariableField(field);
        }
        return record;
    }

    private static char indicator(JsonNode field, String name) {
        String value = field.path(name).asString(" ");
        return value.isEmpty() ? ' ' : value.charAt(0);
    }
}
