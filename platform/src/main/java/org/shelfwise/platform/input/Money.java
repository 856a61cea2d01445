package org.shelfwise.platform.input;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;

/**
 * An amount of money as the databases keep it ({@code numeric(10,2)}): from 0 to 99,999,999.99, in whole cents. A
 * value with more decimals is refused rather than rounded on the way in, so what the answer says was stored is what
 * is stored; a larger one is refused here rather than by the database (a 500). Null is valid; pair with
 * {@code @NotNull}.
 */
@Documented
@Constraint(validatedBy = Money.Validator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE,
        ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface Money {

    String message() default "must be an amount from 0 to 99999999.99 with at most 2 decimals";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Accepts null and amounts that {@code numeric(10,2)} holds exactly, none negative. */
    class Validator implements ConstraintValidator<Money, BigDecimal> {

        private static final BigDecimal MAX = new BigDecimal("99999999.99");

        @Override
        public boolean isValid(BigDecimal value, ConstraintValidatorContext context) {
            if (value == null) {
                return true;
            }
            // 1e308 has a huge negative scale and 1.000 a scale of 3 that strips to 0: compare, never expand
            return value.signum() >= 0 && value.compareTo(MAX) <= 0 && value.stripTrailingZeros().scale() <= 2;
        }
    }
}
