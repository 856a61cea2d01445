package org.shelfwise.embedded;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

class EmbeddedInfrastructureIT {

    @Test
    void postgresKeepsDataAcrossRestarts() throws Exception {
        Path dir = Files.createTempDirectory("pg-it");
        try (var pg = EmbeddedPostgresServer.start(dir.resolve("pg"), 0)) {
            String url = pg.database("catalog");
            try (var c = DriverManager.getConnection(url, "postgres", "")) {
                c.createStatement().execute("create table t (v int); insert into t values (42)");
            }
        }
        try (var pg = EmbeddedPostgresServer.start(dir.resolve("pg"), 0)) {
            try (var c = DriverManager.getConnection(pg.database("catalog"), "postgres", "");
                 var rs = c.createStatement().executeQuery("select v from t")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getInt(1)).isEqualTo(42);
            }
        }
    }

    @Test
    void aServerThatKeepsItsDataLosesNoAcknowledgedCommitAndWritesItsLogToTheGivenFile() throws Exception {
        Path dir = Files.createTempDirectory("pg-durable-it");
        Path log = dir.resolve("logs").resolve("postgres.log");
        try (var pg = EmbeddedPostgresServer.start(dir.resolve("pg"), 0, EmbeddedPostgresServer.Settings.durable("128MB", log))) {
            assertThat(pg.setting("synchronous_commit")).isEqualTo("on");
            assertThat(pg.setting("fsync")).isEqualTo("on");
            assertThat(pg.setting("full_page_writes")).isEqualTo("on");
            assertThat(pg.postmaster()).hasValueSatisfying(postmaster -> assertThat(postmaster.isAlive()).isTrue());
        }
        assertThat(Files.readString(log)).contains("database system is ready to accept connections");
    }

    @Test
    void aServerAskedForSpeedCommitsWithoutWaitingForTheDisk() throws Exception {
        Path dir = Files.createTempDirectory("pg-fast-it");
        try (var pg = EmbeddedPostgresServer.start(dir.resolve("pg"), 0,
                new EmbeddedPostgresServer.Settings("128MB", false, null))) {
            assertThat(pg.setting("synchronous_commit")).isEqualTo("off");
            assertThat(pg.setting("fsync")).isEqualTo("on");
        }
    }

    @Test
    void redisAnswers() throws Exception {
        try (var redis = EmbeddedRedisServer.start(0)) {
            var uri = java.net.URI.create(redis.url());
            try (var socket = new java.net.Socket(uri.getHost(), uri.getPort())) {
                socket.getOutputStream().write("PING\r\n".getBytes());
                var reply = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream())).readLine();
                assertThat(reply).isEqualTo("+PONG");
            }
        }
    }

    @Test
    void kafkaBrokerAcceptsTopics() throws Exception {
        try (var kafka = EmbeddedKafkaBroker.start(null, 0);
             var admin = Admin.create(Map.of("bootstrap.servers", kafka.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic("probe", 1, (short) 1))).all().get(30, TimeUnit.SECONDS);
            assertThat(admin.listTopics().names().get(30, TimeUnit.SECONDS)).contains("probe");
        }
    }
}
