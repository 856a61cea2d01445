package org.shelfwise.gateway.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How long the gateway remembers requests that carried an {@code Idempotency-Key}.
 *
 * @param keepFor       how long a finished request's answer is given again to its repetitions
 * @param inProgressFor how long an unfinished request holds its key (longer than any route's time limit)
 */
@ConfigurationProperties("shelfwise.gateway.idempotency")
public record IdempotencyProperties(Duration keepFor, Duration inProgressFor) {
}
