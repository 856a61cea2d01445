package org.shelfwise.embedded.testing;

import org.shelfwise.embedded.EmbeddedKafkaBroker;
import org.shelfwise.embedded.EmbeddedPostgresServer;
import org.shelfwise.embedded.EmbeddedRedisServer;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.util.ClassUtils;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Points a test application context at real infrastructure: the PostgreSQL server, Kafka broker and (for
 * services that use Redis) Redis server named by {@code SHELFWISE_TEST_POSTGRES_URL} (a JDBC URL to a database
 * the tests may create databases from), {@code SHELFWISE_TEST_KAFKA_BOOTSTRAP_SERVERS} and
 * {@code SHELFWISE_TEST_REDIS_URL}, or else embedded ones started once per test JVM.
 * Each application context gets a database of its own. A service that verifies access tokens is pointed at
 * {@link TestTokens}' published key.
 */
public class EmbeddedInfrastructureInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final AtomicInteger databases = new AtomicInteger();

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        String database = "test_" + ProcessHandle.current().pid() + "_" + databases.incrementAndGet();
        Map<String, Object> properties = new HashMap<>();
        properties.put("spring.datasource.url", Infrastructure.INSTANCE.database(database));
        if (Infrastructure.INSTANCE.externalPostgres == null) {
            properties.put("spring.datasource.username", "postgres");
            properties.put("spring.datasource.password", "");
        }
        properties.put("spring.kafka.bootstrap-servers", Infrastructure.INSTANCE.kafkaBootstrapServers());
        if (ClassUtils.isPresent("org.springframework.data.redis.connection.RedisConnectionFactory", getClass().getClassLoader())) {
            properties.put("spring.data.redis.url", Infrastructure.INSTANCE.redisUrl());
        }
        if (ClassUtils.isPresent("org.springframework.security.oauth2.jwt.JwtDecoder", getClass().getClassLoader())) {
            // a resource server trusts the test issuer's key, fetched over HTTP as in production
            properties.put("shelfwise.security.jwks-uri", TestTokens.jwksUri());
            properties.put("shelfwise.security.issuer", TestTokens.ISSUER);
        }
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("shelfwise-test-infrastructure", properties));
    }

    /** Starts the servers on first use and stops them when the test JVM exits. */
    private enum Infrastructure {
        INSTANCE;

        private final String externalPostgres = System.getenv("SHELFWISE_TEST_POSTGRES_URL");
        private final String externalKafka = System.getenv("SHELFWISE_TEST_KAFKA_BOOTSTRAP_SERVERS");
        private EmbeddedPostgresServer postgres;
        private final String externalRedis = System.getenv("SHELFWISE_TEST_REDIS_URL");
        private EmbeddedKafkaBroker kafka;
        private EmbeddedRedisServer redis;

        synchronized String database(String name) {
            if (externalPostgres != null) {
                try (var c = DriverManager.getConnection(externalPostgres); var s = c.createStatement()) {
                    s.execute("create database " + name);
                } catch (SQLException e) {
                    throw new IllegalStateException("could not create test database " + name, e);
                }
                return externalPostgres.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
            }
            if (postgres == null) {
                postgres = EmbeddedPostgresServer.start(null, 0);
                Runtime.getRuntime().addShutdownHook(new Thread(postgres::close));
            }
            return postgres.database(name);
        }

        synchronized String kafkaBootstrapServers() {
            if (externalKafka != null) {
                return externalKafka;
            }
            if (kafka == null) {
                // no orderly shutdown at exit: it would wait on the test contexts' consumers, which close at the same
                // moment (shutdown hooks run concurrently) and hold the JVM up; the broker ends with the JVM, and its
                // log stays under target/, which the next clean build removes
                kafka = EmbeddedKafkaBroker.start(
                        Path.of("target", "embedded-kafka", String.valueOf(ProcessHandle.current().pid())), 0);
            }
            return kafka.bootstrapServers();
        }

        synchronized String redisUrl() {
            if (externalRedis != null) {
                return externalRedis;
            }
            if (redis == null) {
                redis = EmbeddedRedisServer.start(0);
                Runtime.getRuntime().addShutdownHook(new Thread(redis::close));
            }
            return redis.url();
        }
    }
}
