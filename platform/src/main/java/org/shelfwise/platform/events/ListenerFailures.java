package org.shelfwise.platform.events;

import org.apache.kafka.common.TopicPartition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;
import tools.jackson.core.JacksonException;

import java.time.DateTimeException;
import java.time.Duration;

/**
 * What every Kafka listener of a service does when handling a record fails. Spring Kafka's default tries a record
 * ten times at once and then skips it, so a database out of reach for a moment would lose a replica's update for
 * good. Here the two kinds of failure part ways:
 * <ul>
 *     <li>A record that cannot ever be handled (not an event envelope, a payload missing a field or holding a
 *     malformed value, or a change the database refuses as against its constraints) is published to the
 *     dead-letter topic {@code <topic>.DLT}, with the exception in its headers, logged as an error, and passed
 *     over, so one bad record does not hold up every event after it. An operator can read it there, and send it
 *     back once the cause is mended.</li>
 *     <li>Any other failure (the database, the broker, a lock) is transient: the record is tried again, after
 *     {@code first}, then twice as long each time up to {@code longest}, for as long as it takes. The partition
 *     waits meanwhile, so events are still applied in their order and none is skipped.</li>
 * </ul>
 */
public final class ListenerFailures {

    /** What the dead-letter topic of {@code topic} is called. */
    public static final String DEAD_LETTER_SUFFIX = ".DLT";

    private static final Logger log = LoggerFactory.getLogger(ListenerFailures.class);

    private ListenerFailures() {
    }

    public static DefaultErrorHandler handler(KafkaOperations<?, ?> kafka, Duration first, Duration longest) {
        // partition -1: the producer chooses, so a dead-letter topic need not have as many partitions as its source
        var deadLetters = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(record.topic() + DEAD_LETTER_SUFFIX, -1));
        var backOff = new ExponentialBackOff(first.toMillis(), 2.0);
        backOff.setMaxInterval(longest.toMillis());
        var handler = new DefaultErrorHandler((record, exception) -> {
            log.error("Event at {}-{}@{} cannot be handled and goes to {}: {}", record.topic(), record.partition(),
                    record.offset(), record.topic() + DEAD_LETTER_SUFFIX, exception.getMessage());
            deadLetters.accept(record, exception);
        }, backOff);
        // besides Spring Kafka's own (conversion failures, a listener that cannot be called)
        handler.addNotRetryableExceptions(JacksonException.class, IllegalArgumentException.class,
                NullPointerException.class, DateTimeException.class, DataIntegrityViolationException.class);
        return handler;
    }
}
