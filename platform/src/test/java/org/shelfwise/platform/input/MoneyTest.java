package org.shelfwise.platform.input;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

class MoneyTest {

    record Fine(@Money BigDecimal amount, @SingleLine String code) {
    }

    private final Validator validator = Validation.buildDefaultValidatorFactory().getValidator();

    private boolean valid(String amount) {
        return validator.validate(new Fine(new BigDecimal(amount), "ok")).isEmpty();
    }

    @Test
    void acceptsWholeCentsUpToTheColumnsLimit() {
        assertThat(valid("0")).isTrue();
        assertThat(valid("0.25")).isTrue();
        assertThat(valid("1.000")).isTrue();
        assertThat(valid("99999999.99")).isTrue();
    }

    @Test
    void refusesFractionsOfACentNegativesAndAmountsTheColumnCannotHold() {
        assertThat(valid("0.001")).isFalse();
        assertThat(valid("-0.01")).isFalse();
        assertThat(valid("100000000")).isFalse();
        assertThat(valid("2147483647")).isFalse();
        assertThat(valid("1e308")).isFalse();
    }

    @Test
    void singleLineRefusesLineBreaksAndTabs() {
        assertThat(validator.validate(new Fine(BigDecimal.ONE, "a\nb"))).hasSize(1);
        assertThat(validator.validate(new Fine(BigDecimal.ONE, "a\tb"))).hasSize(1);
        assertThat(validator.validate(new Fine(BigDecimal.ONE, "a b"))).isEmpty();
    }
}
