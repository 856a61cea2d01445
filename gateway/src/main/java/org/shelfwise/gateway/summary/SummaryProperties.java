package org.shelfwise.gateway.summary;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the patron summary calls the services.
 *
 * @param timeout how long each call may take before its part of the summary is reported unavailable
 */
@ConfigurationProperties("shelfwise.gateway.summary")
public record SummaryProperties(@DefaultValue("2s") Duration timeout) {
}
