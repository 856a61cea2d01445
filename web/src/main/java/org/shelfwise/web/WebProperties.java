package org.shelfwise.web;

import java.net.URI;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How the web module reaches the gateway, and the library's locale and time zone for every page.
 *
 * @param gateway  the gateway's address and how long a call to it may take
 * @param locale   dates and numbers are written for it (e.g. {@code en-GB})
 * @param timeZone the library's day
 */
@ConfigurationProperties("shelfwise.web")
public record WebProperties(Gateway gateway, Locale locale, ZoneId timeZone) {

    /** The gateway: its base URL and the bounds on each call. */
    public record Gateway(URI url, Duration connectTimeout, Duration readTimeout) {
    }
}
