package org.shelfwise.web.pages;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.shelfwise.web.WebProperties;
import org.springframework.stereotype.Component;

/** Dates and amounts written for the library's locale, for the templates ({@code ${@formats.date(...)}}). */
@Component("formats")
public class Formats {

    private final DateTimeFormatter date;
    private final DateTimeFormatter dateTime;
    private final WebProperties properties;

    Formats(WebProperties properties) {
        this.properties = properties;
        this.date = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(properties.locale());
        this.dateTime = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(properties.locale()).withZone(properties.timeZone());
    }

    public String date(LocalDate value) {
        return value == null ? "" : date.format(value);
    }

    public String dateTime(Instant value) {
        return value == null ? "" : dateTime.format(value);
    }

    public String money(BigDecimal value) {
        var format = NumberFormat.getNumberInstance(properties.locale());
        format.setMinimumFractionDigits(2);
        format.setMaximumFractionDigits(2);
        return format.format(value == null ? BigDecimal.ZERO : value);
    }

    public LocalDate today() {
        return LocalDate.now(properties.timeZone());
    }
}
