package org.shelfwise.platform;

import org.shelfwise.platform.inbox.Inbox;
import org.shelfwise.platform.outbox.Outbox;
import org.shelfwise.platform.outbox.OutboxRelay;
import org.shelfwise.platform.problems.ProblemHandler;
import org.shelfwise.platform.web.InstanceHeaderFilter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;

/**
 * Wires the shared pieces into every service: clock, outbox and its relay, inbox, problem details, and the
 * header naming the instance that served a request.
 */
// before Web MVC's own configuration, so that this ProblemHandler replaces its default one
@AutoConfiguration(beforeName = "org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration", afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@EnableScheduling
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    Outbox outbox(JdbcClient jdbc, JsonMapper json, Clock clock) {
        return new Outbox(jdbc, json, clock);
    }

    @Bean
    @ConditionalOnProperty(name = "shelfwise.outbox.relay-enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka, TransactionTemplate transaction,
                            @Value("${shelfwise.outbox.batch-size:500}") int batchSize) {
        return new OutboxRelay(jdbc, kafka, transaction, batchSize);
    }

    @Bean
    Inbox inbox(JdbcClient jdbc, TransactionTemplate transaction, JsonMapper json) {
        return new Inbox(jdbc, transaction, json);
    }

    @Bean
    @ConditionalOnProperty("SHELFWISE_INSTANCE_ID")
    InstanceHeaderFilter instanceHeaderFilter(@Value("${SHELFWISE_INSTANCE_ID}") String instanceId) {
        return new InstanceHeaderFilter(instanceId);
    }

    @Bean
    ProblemHandler problemHandler() {
        return new ProblemHandler();
    }
}
