package org.shelfwise.launcher;

import org.shelfwise.embedded.EmbeddedKafkaBroker;
import org.shelfwise.embedded.EmbeddedPostgresServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The whole system on this machine: PostgreSQL, Kafka, the local mail server and every service instance, started in that order and
 * stopped in reverse. Starting and stopping are serialised, so a Ctrl-C in the middle of a start stops whatever
 * has been started so far, and nothing is started after it. Once everything is up, PostgreSQL and every service
 * instance are supervised: one that dies is started again ({@link Supervisor}). Kafka runs inside this JVM: it
 * cannot die alone, and freezing this process freezes it.
 */
final class LocalSystem {

    private static final Logger log = LoggerFactory.getLogger(LocalSystem.class);
    private static final Duration GRACE_PERIOD = Duration.ofSeconds(20);
    /** While training, each JVM that recorded writes its AOT cache as it stops: a minute or so on a busy machine. */
    private static final Duration TRAINING_GRACE_PERIOD = Duration.ofMinutes(5);
    /** The gateway's health checks see a ready instance within 2 s; an open circuit would take 10 s to let go. */
    private static final Duration ROUTES_WITHIN = Duration.ofSeconds(60);

    private final LauncherOptions options;
    private final Topology topology;
    private final DataDirectoryClaim claim;
    private final Leftovers leftovers;
    private final ServiceGroup services;
    private final LocalPostgres localPostgres;
    private final Duration grace;
    private final ScheduledExecutorService supervision = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("supervisor").daemon().factory());
    private final CountDownLatch stopped = new CountDownLatch(1);
    /** When this launcher started: the times it reports (each part ready after so many seconds) count from here. */
    private final long origin = System.nanoTime();
    private EmbeddedPostgresServer postgres;
    private EmbeddedKafkaBroker kafka;
    private LocalMail mail;
    private AdminPassword adminPassword;
    private volatile boolean stopping;
    private volatile boolean running;

    private LocalSystem(LauncherOptions options, DataDirectoryClaim claim, boolean training) {
        this.options = options;
        this.topology = Topology.of(options);
        this.claim = claim;
        this.leftovers = new Leftovers(options.dataDir());
        // while starting, Readiness reports a death; while stopping, it is expected
        this.services = new ServiceGroup(options, leftovers, this::isRunning, supervision, training);
        this.localPostgres = new LocalPostgres(options, supervision);
        this.grace = training ? TRAINING_GRACE_PERIOD : GRACE_PERIOD;
    }

    /** Takes the data directory over, first stopping what a launcher that crashed on it left running. */
    static LocalSystem claim(LauncherOptions options) throws IOException, InterruptedException {
        return claim(options, false);
    }

    /** As {@link #claim(LauncherOptions)}; {@code training}: a run that records the services' AOT caches. */
    static LocalSystem claim(LauncherOptions options, boolean training) throws IOException, InterruptedException {
        var claim = DataDirectoryClaim.claim(options.dataDir());
        var system = new LocalSystem(options, claim, training);
        system.leftovers.stopOrphans();
        return system;
    }

    Topology topology() {
        return topology;
    }

    /** The administrator's password, once the services have been started. */
    AdminPassword adminPassword() {
        return adminPassword;
    }

    /** Starts everything and returns once every instance is ready, or throws {@link StartupFailure}. */
    Endpoints start() throws InterruptedException {
        Endpoints endpoints = startInfrastructure();
        startServices(endpoints);
        new Readiness().await(services.processes(), options.startupTimeout(), () -> stopping, origin);
        new RouteReadiness().await(options.gatewayPort(), ROUTES_WITHIN, () -> stopping, origin);
        running = true;
        return endpoints;
    }

    /** Starts PostgreSQL and Kafka side by side: neither needs the other, and the services need both. */
    private synchronized Endpoints startInfrastructure() throws InterruptedException {
        requireNotStopping();
        Preflight.check(options, topology);
        log.info("Starting Kafka on port {}", options.kafkaPort());
        var kafkaStart = new CompletableFuture<EmbeddedKafkaBroker>();
        Thread.ofPlatform().name("kafka-start").start(() -> {
            try {
                kafkaStart.complete(EmbeddedKafkaBroker.start(options.dataDir().resolve("kafka"), options.kafkaPort()));
            } catch (RuntimeException | LinkageError e) {
                kafkaStart.completeExceptionally(e);
            }
        });
        var databaseUrls = new LinkedHashMap<String, String>();
        StartupFailure postgresFailure = null;
        try {
            log.info("Starting PostgreSQL on port {} with {} of shared buffers{} (log: {})", options.postgresPort(),
                    options.postgresSharedBuffers(), options.postgresSynchronousCommit() ? ""
                            : ", synchronous commit off: a crash loses the last acknowledged writes",
                    localPostgres.log());
            postgres = localPostgres.start(this::isRunning);
            Topology.BACKENDS.forEach(service -> databaseUrls.put(service, postgres.database(service)));
            databaseUrls.put(Topology.WEB, postgres.database(Topology.WEB));
            databaseUrls.put(Topology.SIP, postgres.database(Topology.SIP));
            log.info("PostgreSQL is ready after {} s", secondsSinceStart());
        } catch (RuntimeException e) {
            postgresFailure = new StartupFailure("could not start PostgreSQL: " + e.getMessage(), e);
        }
        // waited for even when PostgreSQL failed: a broker that started must be there for stop() to close
        try {
            kafka = kafkaStart.get();
            log.info("Kafka is ready after {} s", secondsSinceStart());
        } catch (ExecutionException e) {
            if (postgresFailure == null) {
                throw new StartupFailure("could not start Kafka: " + e.getCause().getMessage(), e.getCause());
            }
        }
        if (postgresFailure != null) {
            throw postgresFailure;
        }
        try {
            mail = LocalMail.start(options.mailPort(), options.dataDir().resolve("mail"));
            log.info("Started the local mail server on port {}: every message it receives goes to {}",
                    options.mailPort(), mail.folder());
        } catch (IOException | RuntimeException e) {
            throw new StartupFailure("could not start the local mail server: " + e.getMessage(), e);
        }
        return new Endpoints(databaseUrls, kafka.bootstrapServers());
    }

    private synchronized void startServices(Endpoints endpoints) {
        requireNotStopping();
        try {
            adminPassword = AdminPassword.in(options.dataDir());
            String sipStaffPassword = AdminPassword.in(options.dataDir(), "sip-staff-password").value();
            services.startAll(topology.launchSpecs(endpoints, adminPassword.value(), sipStaffPassword));
        } catch (IOException e) {
            throw new StartupFailure("could not start the services: " + e.getMessage(), e);
        }
    }

    private boolean isRunning() {
        return running && !stopping;
    }

    boolean isStopping() {
        return stopping;
    }

    /** Blocks until {@link #stop()} has finished. */
    void awaitStop() throws InterruptedException {
        stopped.await();
    }

    /** Stops the services gracefully, then Kafka, then PostgreSQL, then gives up the data directory; idempotent. */
    synchronized void stop() {
        if (stopped.getCount() == 0) {
            return;
        }
        stopping = true;
        // a start refused early (a port in use, a jar missing) has nothing to stop or report
        boolean started = postgres != null;
        if (started) {
            log.info("Stopping Shelfwise");
        }
        long start = System.nanoTime();
        Duration servicesTook = attempt("stop the services", () -> services.stopAll(grace));
        attempt("stop the local mail server", () -> {
            if (mail != null) {
                mail.close();
            }
        });
        Duration kafkaTook = attempt("stop Kafka", () -> {
            if (kafka != null) {
                kafka.close();
            }
        });
        Duration postgresTook = attempt("stop PostgreSQL", localPostgres::close);
        supervision.shutdownNow();
        attempt("release " + options.dataDir(), claim::close);
        if (started) {
            log.info("Shelfwise stopped in {} s (services {} s, Kafka {} s, PostgreSQL {} s)",
                    seconds(Duration.ofNanos(System.nanoTime() - start)), seconds(servicesTook), seconds(kafkaTook),
                    seconds(postgresTook));
        }
        stopped.countDown();
    }

    private void requireNotStopping() {
        if (stopping) {
            throw new StartupFailure("stopped while starting");
        }
    }

    /** Runs a stopping step and says how long it took; one that fails must not keep the next from running. */
    private static Duration attempt(String what, Step step) {
        long start = System.nanoTime();
        try {
            step.run();
        } catch (Exception | LinkageError e) {
            log.error("Could not {}: {}", what, e.toString());
        }
        return Duration.ofNanos(System.nanoTime() - start);
    }

    /** Seconds since this launcher started, as its log tells them. */
    String secondsSinceStart() {
        return seconds(Duration.ofNanos(System.nanoTime() - origin));
    }

    private static String seconds(Duration duration) {
        return String.format(Locale.ROOT, "%.1f", duration.toMillis() / 1000.0);
    }

    /** A stopping step. */
    @FunctionalInterface
    private interface Step {
        void run() throws Exception;
    }
}
