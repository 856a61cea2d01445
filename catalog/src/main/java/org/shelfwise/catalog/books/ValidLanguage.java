package org.shelfwise.catalog.books;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The annotated string is an ISO 639-1 or 639-2 language code (null means not given). */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = ValidLanguage.Validator.class)
public @interface ValidLanguage {

    String message() default "must be an ISO 639-1 or ISO 639-2 language code, e.g. en or eng";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the value with {@link Language#parse}. */
    class Validator implements ConstraintValidator<ValidLanguage, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || Language.parse(value).isPresent();
        }
    }
}
