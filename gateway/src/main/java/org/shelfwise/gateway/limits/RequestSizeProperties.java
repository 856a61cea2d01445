package org.shelfwise.gateway.limits;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * The largest request bodies the gateway passes on.
 *
 * @param maxBody       any request but a catalogue import
 * @param maxImportBody a catalogue import ({@code POST /api/books/imports}), whose files are large by nature
 */
@ConfigurationProperties("shelfwise.gateway.request-size")
public record RequestSizeProperties(@DefaultValue("1MB") DataSize maxBody,
                                    @DefaultValue("256MB") DataSize maxImportBody) {
}
