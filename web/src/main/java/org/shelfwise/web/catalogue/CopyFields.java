package org.shelfwise.web.catalogue;

import org.shelfwise.web.api.ApiProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;

/** A refused copy field said in words, by the label the copy forms give it ("Branch: must be ..."). */
final class CopyFields {

    private CopyFields() {
    }

    static String inWords(ApiProblem.FieldError error, MessageSource messages) {
        if ("barcode".equals(error.field())) {
            return error.message(); // beside the barcode field itself
        }
        String label = messages.getMessage("book." + error.field(), null, error.field(),
                LocaleContextHolder.getLocale());
        return label + ": " + error.message();
    }
}
