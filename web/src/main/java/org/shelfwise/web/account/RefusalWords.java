package org.shelfwise.web.account;

import java.util.Locale;

import org.shelfwise.web.api.ApiProblem;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * A refusal the API gave a patron, said to the patron: circulation's details speak of "the patron" to staff, so
 * each known reason has words of its own in the bundle ({@code opac.account.refusal.<type>}); an unknown one falls back
 * to the API's own detail rather than to nothing.
 */
@Component
class RefusalWords {

    private final MessageSource messages;

    RefusalWords(MessageSource messages) {
        this.messages = messages;
    }

    String of(ApiProblem refusal) {
        Locale locale = LocaleContextHolder.getLocale();
        return messages.getMessage("opac.account.refusal." + refusal.type(), null, refusal.inWords(), locale);
    }
}
