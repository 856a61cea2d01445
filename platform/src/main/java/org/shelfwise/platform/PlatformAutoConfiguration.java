package org.shelfwise.platform;

import io.micrometer.observation.ObservationRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.shelfwise.platform.events.ListenerFailures;
import org.shelfwise.platform.inbox.Inbox;
import org.shelfwise.platform.input.InputConfiguration;
import org.shelfwise.platform.outbox.Outbox;
import org.shelfwise.platform.outbox.OutboxRelay;
import org.shelfwise.platform.outbox.OutboxTracing;
import org.shelfwise.platform.outbox.RelayWakeUps;
import org.shelfwise.platform.problems.DatabaseUnavailable;
import org.shelfwise.platform.problems.ProblemHandler;
import org.shelfwise.platform.web.InstanceHeaderFilter;
import org.shelfwise.platform.web.RequestSizeLimit;
import org.shelfwise.platform.web.UnobservedProbes;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import javax.sql.DataSource;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;

/**
 * Wires the shared pieces into every service: clock, outbox and its relay, inbox, what listeners do when an event
 * fails, problem details, the input rules ({@link InputConfiguration}), the limit on request bodies, and the
 * header naming the instance that served a request.
 */
// before Web MVC's own configuration, so that this ProblemHandler replaces its default one
@AutoConfiguration(beforeName = {"org.springframework.boot.webmvc.autoconfigure.WebMvcAutoConfiguration",
        "org.springframework.boot.webmvc.autoconfigure.error.ErrorMvcAutoConfiguration"}, afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"})
@EnableScheduling
@Import(InputConfiguration.class)
public class PlatformAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    OutboxTracing outboxTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator,
                                ObjectProvider<ObservationRegistry> observations) {
        return new OutboxTracing(tracer.getIfAvailable(() -> Tracer.NOOP),
                propagator.getIfAvailable(() -> Propagator.NOOP),
                observations.getIfAvailable(() -> ObservationRegistry.NOOP));
    }

    @Bean
    Outbox outbox(JdbcClient jdbc, JsonMapper json, Clock clock, OutboxTracing tracing) {
        return new Outbox(jdbc, json, clock, tracing);
    }

    @Bean
    @ConditionalOnProperty(name = "shelfwise.outbox.relay-enabled", matchIfMissing = true)
    OutboxRelay outboxRelay(JdbcClient jdbc, KafkaTemplate<String, String> kafka, TransactionTemplate transaction,
                            JsonMapper json, OutboxTracing tracing,
                            @Value("${shelfwise.outbox.batch-size:500}") int batchSize) {
        return new OutboxRelay(jdbc, kafka, transaction, json, tracing, batchSize);
    }

    /**
     * Wakes the relay when outbox rows commit (PostgreSQL LISTEN/NOTIFY), on a connection of its own outside the pool,
     * and every {@code shelfwise.outbox.fallback-poll} (5 s) besides, in case a notification was missed.
     */
    @Bean
    @ConditionalOnProperty(name = "shelfwise.outbox.relay-enabled", matchIfMissing = true)
    RelayWakeUps relayWakeUps(OutboxRelay relay, ObjectProvider<JdbcConnectionDetails> details, DataSource dataSource,
                              @Value("${shelfwise.outbox.fallback-poll:5s}") Duration fallback,
                              @Value("${shelfwise.outbox.retry-after-failure:1s}") Duration retry) {
        var database = details.getIfAvailable();
        if (database == null) {
            // a service that builds its own DataSource: one connection of the pool's, held for good
            return new RelayWakeUps(relay, dataSource::getConnection, fallback, retry);
        }
        return new RelayWakeUps(relay, () -> {
            var credentials = new Properties();
            if (database.getUsername() != null) {
                credentials.setProperty("user", database.getUsername());
            }
            if (database.getPassword() != null) {
                credentials.setProperty("password", database.getPassword());
            }
            credentials.setProperty("ApplicationName", "outbox relay wake-ups");
            return DriverManager.getConnection(database.getJdbcUrl(), credentials);
        }, fallback, retry);
    }

    @Bean
    Inbox inbox(JdbcClient jdbc, TransactionTemplate transaction, JsonMapper json, ObjectProvider<Tracer> tracer) {
        return new Inbox(jdbc, transaction, json, tracer.getIfAvailable(() -> Tracer.NOOP));
    }

    /** Spring Boot gives it to every listener container it configures ({@link ListenerFailures}). */
    @Bean
    @ConditionalOnMissingBean
    CommonErrorHandler listenerFailures(KafkaTemplate<String, String> kafka,
                                        @Value("${shelfwise.kafka.retry.first:100ms}") Duration first,
                                        @Value("${shelfwise.kafka.retry.longest:10s}") Duration longest) {
        return ListenerFailures.handler(kafka, first, longest);
    }

    @Bean
    @ConditionalOnProperty("SHELFWISE_INSTANCE_ID")
    InstanceHeaderFilter instanceHeaderFilter(@Value("${SHELFWISE_INSTANCE_ID}") String instanceId) {
        return new InstanceHeaderFilter(instanceId);
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    UnobservedProbes unobservedProbes() {
        return new UnobservedProbes();
    }

    /** 1 MB by default ({@code SHELFWISE_REQUEST_MAX_SIZE}); a service with larger bodies defines its own. */
    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    RequestSizeLimit requestSizeLimit(@Value("${shelfwise.request.max-size:1MB}") DataSize limit,
                                      JsonMapper json) {
        return new RequestSizeLimit(limit, json, Map.of());
    }

    @Bean
    ProblemHandler problemHandler() {
        return new ProblemHandler();
    }

    @Bean
    DatabaseUnavailable databaseUnavailable() {
        return new DatabaseUnavailable();
    }
}
