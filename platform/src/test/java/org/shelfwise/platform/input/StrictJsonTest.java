package org.shelfwise.platform.input;

import org.junit.jupiter.api.Test;
import org.shelfwise.platform.problems.FieldProblem;
import org.shelfwise.platform.problems.JsonProblems;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class StrictJsonTest {

    record Copy(String barcode, Integer loanPeriodDays, BigDecimal finePerDay, Boolean reference, List<String> notes) {
    }

    private final JsonMapper json = strictMapper();

    private static JsonMapper strictMapper() {
        var builder = JsonMapper.builder();
        new StrictJson().customize(builder);
        return builder.build();
    }

    private FieldProblem refusal(String body, Class<?> type) {
        var error = catchThrowableOfType(JacksonException.class, () -> json.readValue(body, type));
        assertThat(error).as("refused: " + body).isNotNull();
        return JsonProblems.of(error);
    }

    @Test
    void readsWellTypedValuesAsTheyAre() {
        var copy = json.readValue("{\"barcode\":\"B1\",\"loanPeriodDays\":14,\"finePerDay\":1,\"reference\":false,"
                + "\"notes\":[\"line one\\nline two\\ttabbed\"]}", Copy.class);
        assertThat(copy.barcode()).isEqualTo("B1");
        assertThat(copy.finePerDay()).isEqualByComparingTo("1");
        assertThat(copy.notes()).containsExactly("line one\nline two\ttabbed");
    }

    @Test
    void refusesABooleanOrNumberWhereTextBelongs() {
        assertThat(refusal("{\"barcode\":true}", Copy.class)).extracting(FieldProblem::field, FieldProblem::rule)
                .containsExactly("barcode", "type");
        assertThat(refusal("{\"barcode\":12345}", Copy.class).message()).isEqualTo("must be text (a JSON string)");
        assertThat(refusal("{\"notes\":[1]}", Copy.class).field()).isEqualTo("notes[0]");
    }

    @Test
    void refusesAFractionOrTextWhereAWholeNumberBelongs() {
        var fraction = refusal("{\"loanPeriodDays\":1.5}", Copy.class);
        assertThat(fraction.field()).isEqualTo("loanPeriodDays");
        assertThat(fraction.message()).startsWith("must be a whole number");
        assertThat(refusal("{\"loanPeriodDays\":\"14\"}", Copy.class).rule()).isEqualTo("type");
        assertThat(refusal("{\"finePerDay\":\"0.50\"}", Copy.class).message()).isEqualTo("must be a number");
        assertThat(refusal("{\"reference\":1}", Copy.class).message()).isEqualTo("must be true or false");
    }

    @Test
    void refusesANumberOutOfRangeInWords() {
        var tooLarge = refusal("{\"loanPeriodDays\":99999999999999}", Copy.class);
        assertThat(tooLarge.rule()).isEqualTo("range");
        assertThat(tooLarge.message()).doesNotContain("java.", "JsonToken", "VALUE_NUMBER");
        var tooLong = refusal("{\"finePerDay\":1" + "0".repeat(2000) + "}", Copy.class);
        assertThat(tooLong.rule()).isEqualTo("size");
        assertThat(tooLong.message()).doesNotContain("StreamReadConstraints", "`");
    }

    @Test
    void refusesADuplicateKeyRatherThanKeepingTheLast() {
        var duplicate = refusal("{\"barcode\":\"A\",\"barcode\":\"B\"}", Copy.class);
        assertThat(duplicate.rule()).isEqualTo("duplicate");
        assertThat(duplicate.field()).isEqualTo("barcode");
        assertThat(refusal("{\"a\":1,\"a\":2}", JsonNode.class).rule()).isEqualTo("duplicate");
    }

    @Test
    void refusesControlCharactersInAnyString() {
        for (String control : List.of("\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\u0085", "\\ud800")) {
            var refused = refusal("{\"barcode\":\"a" + control + "\"}", Copy.class);
            assertThat(refused.field()).isEqualTo("barcode");
            assertThat(refused.rule()).isEqualTo("NoControlCharacters");
        }
        assertThat(refusal("{\"notes\":[\"ok\",\"x\\u0000\"]}", Copy.class).field()).isEqualTo("notes[1]");
    }

    @Test
    void saysMalformedJsonIsMalformedWithoutJavaTypes() {
        var malformed = refusal("{\"barcode\":", Copy.class);
        assertThat(malformed).extracting(FieldProblem::field, FieldProblem::rule).containsExactly("body", "json");
        assertThat(refusal("[1,2]", Copy.class).message()).isEqualTo("must be an object (a JSON object)");
    }
}
