package org.shelfwise.benchmarks.notices;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.shelfwise.embedded.EmbeddedKafkaBroker;
import org.shelfwise.embedded.EmbeddedPostgresServer;
import org.shelfwise.events.catalog.BookAdded;
import org.shelfwise.events.catalog.BookEvent;
import org.shelfwise.events.circulation.HoldEvent;
import org.shelfwise.events.circulation.HoldReadyForPickup;
import org.shelfwise.events.patrons.PatronEvent;
import org.shelfwise.events.patrons.PatronRegistered;
import org.shelfwise.platform.events.EventEnvelope;
import org.shelfwise.platform.events.PublishedEvent;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;

/**
 * Sends {@code notices} hold-ready notices (default 100,000) through the notifications service to a real SMTP
 * server (GreenMail, in this JVM) and reports how long it took, from the first event published to the last message
 * accepted. Starts its own embedded PostgreSQL and Kafka and one notifications JVM from the jar that ships
 * ({@code launcher/target/apps/notifications.jar}); adds the run to {@code docs/benchmarks/notices.md}. The SMTP
 * server counts each message as it accepts it ({@link SmtpReceipts}), keeping none.
 *
 * <p>Usage: {@code ./benchmark notices [notices, default 100000] [patrons, default 1000]}
 */
public final class NoticesBenchmark {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String JVM_OPTIONS = "-XX:+UseSerialGC -Xms64m -Xmx512m";

    private NoticesBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int notices = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int patrons = args.length > 1 ? Integer.parseInt(args[1]) : 1_000;
        Path work = Files.createTempDirectory(Files.createDirectories(Path.of("target")), "notices-benchmark-");
        int smtpPort = freePort();
        int servicePort = freePort();
        var smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        var received = SmtpReceipts.of(smtp);
        smtp.start();
        try (var postgres = EmbeddedPostgresServer.start(work.resolve("postgres"), freePort());
             var kafka = EmbeddedKafkaBroker.start(work.resolve("kafka"), freePort())) {
            Process service = startService(work, servicePort, postgres.database("notifications"), kafka.bootstrapServers(),
                    smtpPort);
            try {
                awaitReady(servicePort, service);
                var patronIds = new UUID[patrons];
                try (var producer = producer(kafka.bootstrapServers())) {
                    UUID bookId = UUID.randomUUID();
                    send(producer, BookEvent.TOPIC, bookId, new BookAdded(bookId, "Middlemarch", null,
                            List.of("George Eliot"), null, null, null, "en", List.of(), null, 1, null, List.of(),
                            List.of(), null));
                    for (int i = 0; i < patrons; i++) {
                        patronIds[i] = UUID.randomUUID();
                        send(producer, PatronEvent.TOPIC, patronIds[i], new PatronRegistered(patronIds[i], "P-" + i,
                                "Reader " + i, "reader" + i + "@example.org", "ADULT", LocalDate.of(2031, 1, 1),
                                "ACTIVE", null));
                    }
                    producer.flush();
                    // the replicas first, so that no notice waits for its patron
                    Thread.sleep(3000);
                    long start = System.nanoTime();
                    for (int i = 0; i < notices; i++) {
                        send(producer, HoldEvent.TOPIC, bookId, new HoldReadyForPickup(UUID.randomUUID(), bookId,
                                patronIds[i % patrons], "P-" + (i % patrons), "READY", UUID.randomUUID(), "C-" + i,
                                LocalDate.of(2030, 3, 9), "Central"));
                    }
                    producer.flush();
                    double published = seconds(start);
                    double loadAtStart = loadAverage();
                    Duration serviceCpuAtStart = cpu(service);
                    long lastReport = System.nanoTime();
                    long deadline = System.nanoTime() + Duration.ofMinutes(30).toNanos();
                    while (received.distinctNotices() < notices) {
                        if (System.nanoTime() - lastReport > 10_000_000_000L) {
                            System.out.printf(Locale.ROOT, "%.0f s: %d of %d notices received%n", seconds(start),
                                    received.distinctNotices(), notices);
                            lastReport = System.nanoTime();
                        }
                        if (!service.isAlive()) {
                            throw new IllegalStateException("the notifications service exited; see " + work.resolve("notifications.log"));
                        }
                        if (System.nanoTime() > deadline) {
                            throw new IllegalStateException("only " + received.distinctNotices() + " of " + notices
                                    + " notices received in 30 minutes; see " + work.resolve("notifications.log"));
                        }
                        Thread.sleep(200);
                    }
                    double took = (received.lastReceivedNanos() - start) / 1e9;
                    double cpuMillisPerNotice = cpu(service).minus(serviceCpuAtStart).toNanos() / 1e6 / notices;
                    String section = """

                            ## Run of %s: `./benchmark notices %d %d`

                            %,d hold-ready events for %,d patrons published to Kafka, turned into notices by one
                            notifications instance (JVM `%s`, default settings: events applied a poll at a time, 4 SMTP
                            connections of 50 messages each), and sent to a GreenMail SMTP server in the benchmark's
                            JVM, which counts each message as it accepts it; embedded PostgreSQL and Kafka on the same
                            machine (%d cores, load average %.1f when the events were published).

                            | what | result |
                            | --- | --- |
                            | notices received by the SMTP server (distinct `X-Shelfwise-Notice`) | %,d |
                            | messages received (more than notices: a notice came twice) | %,d |
                            | from the first event published to the last message accepted | %.1f s |
                            | throughput | %.0f notices/s |
                            | the service's CPU time per notice | %.2f ms |
                            | publishing the events alone | %.1f s |
                            | target | 100,000 in under 300 s |
                            """.formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS), notices, patrons, notices,
                            patrons, JVM_OPTIONS, Runtime.getRuntime().availableProcessors(), loadAtStart,
                            received.distinctNotices(), received.messages(), took, notices / took, cpuMillisPerNotice,
                            published);
                    System.out.println(section);
                    // each run is added, so that a small check run never replaces the figures of a full one
                    Path file = Path.of("docs/benchmarks/notices.md");
                    Files.writeString(file, section, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    System.out.println("added to " + file.toAbsolutePath());
                }
            } finally {
                service.destroy();
                service.waitFor();
            }
        } finally {
            smtp.stop();
        }
    }

    private static Process startService(Path work, int port, String databaseUrl, String kafka, int smtpPort)
            throws IOException {
        Path jar = Path.of("launcher/target/apps/notifications.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException("build it first: ./mvnw -DskipTests install (looked for " + jar + ")");
        }
        var command = new java.util.ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(List.of(JVM_OPTIONS.split(" ")));
        command.addAll(List.of("-jar", jar.toString()));
        var builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(work.resolve("notifications.log").toFile());
        builder.environment().putAll(Map.of("PORT", String.valueOf(port), "SERVER_ADDRESS", "127.0.0.1",
                "DATABASE_URL", databaseUrl, "DATABASE_USERNAME", "postgres", "DATABASE_PASSWORD", "",
                "KAFKA_BOOTSTRAP_SERVERS", kafka, "MAIL_HOST", "127.0.0.1", "MAIL_PORT", String.valueOf(smtpPort),
                // no request is made: the keys are never fetched
                "SHELFWISE_SECURITY_JWKS_URI", "http://127.0.0.1:1/api/auth/jwks"));
        return builder.start();
    }

    private static void awaitReady(int port, Process service) throws Exception {
        var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/actuator/health/readiness"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        try (var http = HttpClient.newHttpClient()) {
            while (System.nanoTime() < deadline && service.isAlive()) {
                try {
                    if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notYet) {
                    // still starting
                }
                Thread.sleep(500);
            }
        }
        throw new IllegalStateException("the notifications service did not become ready");
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    /** The CPU time the service's process has used so far. */
    private static Duration cpu(Process service) {
        return service.info().totalCpuDuration().orElse(Duration.ZERO);
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        var properties = new Properties();
        properties.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        properties.put(ProducerConfig.LINGER_MS_CONFIG, 20);
        properties.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        return new KafkaProducer<>(properties, new StringSerializer(), new StringSerializer());
    }

    private static void send(KafkaProducer<String, String> producer, String topic, UUID key, PublishedEvent event) {
        String envelope = JSON.writeValueAsString(new EventEnvelope(UUID.randomUUID(), event.type(), key.toString(),
                Instant.now(), JSON.valueToTree(event)));
        producer.send(new ProducerRecord<>(topic, key.toString(), envelope));
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
