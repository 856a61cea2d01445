package org.shelfwise.embedded;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

import java.io.IOException;
import java.io.PrintStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real Kafka broker in KRaft mode (broker and controller in one node), running inside this JVM.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    private static final String CONTROLLER = "CONTROLLER";

    private final KafkaRaftServer server;
    private final int port;
    private final Path logDirectory;
    private final boolean temporary;

    private EmbeddedKafkaBroker(KafkaRaftServer server, int port, Path logDirectory, boolean temporary) {
        this.server = server;
        this.port = port;
        this.logDirectory = logDirectory;
        this.temporary = temporary;
    }

    /**
     * Starts a broker listening on {@code port} (0 picks a free one), keeping its log in {@code logDirectory},
     * or in a throw-away directory when it is null.
     */
    public static EmbeddedKafkaBroker start(Path logDirectory, int port) {
        try {
            boolean temporary = logDirectory == null;
            Path dir = temporary ? Files.createTempDirectory("shelfwise-kafka") : logDirectory;
            Files.createDirectories(dir);
            int brokerPort = port > 0 ? port : freePort();
            int controllerPort = freePort();
            var config = new KafkaConfig(Map.ofEntries(
                    Map.entry("process.roles", "broker,controller"),
                    Map.entry("node.id", "1"),
                    Map.entry("controller.quorum.voters", "1@127.0.0.1:" + controllerPort),
                    Map.entry("listeners", "PLAINTEXT://127.0.0.1:" + brokerPort + "," + CONTROLLER + "://127.0.0.1:" + controllerPort),
                    Map.entry("advertised.listeners", "PLAINTEXT://127.0.0.1:" + brokerPort),
                    Map.entry("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT," + CONTROLLER + ":PLAINTEXT"),
                    Map.entry("controller.listener.names", CONTROLLER),
                    Map.entry("inter.broker.listener.name", "PLAINTEXT"),
                    Map.entry("log.dirs", dir.toString()),
                    Map.entry("num.partitions", "3"),
                    Map.entry("offsets.topic.replication.factor", "1"),
                    Map.entry("offsets.topic.num.partitions", "5"),
                    Map.entry("transaction.state.log.replication.factor", "1"),
                    Map.entry("transaction.state.log.min.isr", "1"),
                    Map.entry("share.coordinator.state.topic.replication.factor", "1"),
                    Map.entry("share.coordinator.state.topic.min.isr", "1"),
                    Map.entry("group.initial.rebalance.delay.ms", "0"),
                    // the log cleaner (which compacts the consumer offsets) takes 128 MB of heap for itself by
                    // default, at start, whether there is anything to compact or not: most of this JVM's memory.
                    // 8 MB holds the keys of some 300,000 records a pass; compaction takes more passes beyond that
                    Map.entry("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024)),
                    // the controller otherwise appends a no-op record to the metadata log every 500 ms, so that a
                    // broker can tell an idle controller from a lost one: each is written, flushed to disk and
                    // applied to the broker's metadata image, the broker's largest cost at rest. One node, which is
                    // its own controller, has no one to tell
                    Map.entry("metadata.max.idle.interval.ms", "0"),
                    // each network thread (3 per listener by default) and each request handler (8) wakes every
                    // 300 ms whether or not a request came: at rest most of the broker's own CPU. One of each per
                    // listener and two handlers carry a laptop's load (a few thousand requests a second)
                    Map.entry("num.network.threads", "1"),
                    Map.entry("num.io.threads", "2"),
                    Map.entry("log.retention.hours", "168")), false);
            if (!Files.exists(dir.resolve("meta.properties"))) {
                new Formatter()
                        .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                        .setClusterId(Uuid.randomUuid().toString())
                        .setNodeId(1)
                        .setControllerListenerName(CONTROLLER)
                        .setMetadataLogDirectory(dir.toString())
                        .setDirectories(java.util.List.of(dir.toString()))
                        .setReleaseVersion(MetadataVersion.LATEST_PRODUCTION)
                        .setIgnoreFormatted(true)
                        .run();
            }
            var server = new KafkaRaftServer(config, Time.SYSTEM);
            server.startup();
            return new EmbeddedKafkaBroker(server, brokerPort, dir, temporary);
        } catch (IOException e) {
            throw new UncheckedIOException("could not start embedded Kafka", e);
        } catch (Exception e) {
            throw new IllegalStateException("could not start embedded Kafka", e);
        }
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        if (temporary) {
            deleteRecursively(logDirectory);
        }
    }

    /** A port that was free a moment ago. */
    public static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory left behind is harmless
        }
    }
}
