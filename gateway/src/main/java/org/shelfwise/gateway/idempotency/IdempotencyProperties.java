package org.shelfwise.gateway.idempotency;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * How long the gateway remembers requests that carried an {@code Idempotency-Key}.
 *
 * @param keepFor       how long a finished request's answer is given again to its repetitions
 * @param inProgressFor how long an unfinished request holds its key (longer than any route's time limit)
 * @param memoryLimit   without Redis, how much of the gateway's heap the records may take at most
 */
@ConfigurationProperties("shelfwise.gateway.idempotency")
public record IdempotencyProperties(Duration keepFor, Duration inProgressFor, DataSize memoryLimit) {
}
