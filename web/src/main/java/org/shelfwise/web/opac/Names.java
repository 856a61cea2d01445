package org.shelfwise.web.opac;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The names a patron reads for the catalogue's codes, for the templates ({@code ${@names.format(...)}}): formats
 * from the bundle ({@code format.BOOK}), languages in the library's own language (en -> English, fr -> French).
 */
@Component("names")
public class Names {

    private final MessageSource messages;

    Names(MessageSource messages) {
        this.messages = messages;
    }

    public String format(String code) {
        return code == null ? "" : messages.getMessage("format." + code.toUpperCase(Locale.ROOT), null, code,
                LocaleContextHolder.getLocale());
    }

    public String language(String code) {
        if (code == null || code.isBlank()) {
            return "";
        }
        String name = Locale.forLanguageTag(code).getDisplayLanguage(LocaleContextHolder.getLocale());
        return name.isBlank() ? code : name;
    }

    /** A search field's name in words ({@code opac.field.yearFrom}: "Published from"). */
    public String field(String name) {
        return messages.getMessage("opac.field." + name, null, name, LocaleContextHolder.getLocale());
    }

    /** A filter in words, as message {@code key} puts its field and value ("Author: Austen ✕"). */
    public String filter(String key, String name, String value) {
        return messages.getMessage(key, new Object[] {field(name), filterValue(name, value)},
                LocaleContextHolder.getLocale());
    }

    /** A filter's value as the page shows it: a format or language by its name, "available now" in words. */
    public String filterValue(String name, String value) {
        return switch (name) {
            case "format" -> format(value);
            case "language" -> language(value);
            case "available" -> messages.getMessage("true".equalsIgnoreCase(value) ? "opac.filter.availableNow"
                    : "opac.filter.notAvailable", null, LocaleContextHolder.getLocale());
            default -> value;
        };
    }
}
