package org.shelfwise.launcher;

import org.shelfwise.launcher.demo.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Trains the services' AOT caches (see {@link ServiceJar}), as the last step of the launcher's build: extracts
 * each service's jar in the apps directory, then runs the whole local system once the way {@code ./shelfwise up}
 * runs it (on free ports, in a throw-away data directory, demo data loaded through the gateway), the first
 * instance of each service recording, and stops it; each recording JVM writes its cache as it exits. The run's
 * logs stay in {@code <work directory>/data/logs} until the next training. What the
 * caches hold is what such a start did: the classes it loaded and linked, and the methods' profiles.
 *
 * <p>When every service's jar and the JDK are those its cache was trained for, nothing is done. A failed training is reported and leaves no cache behind: the services then
 * start as they would without one. Usage: {@code AotTraining <apps directory> <work directory>}.
 */
public final class AotTraining {

    private static final Logger log = LoggerFactory.getLogger(AotTraining.class);
    private static final String STAMP = "trained-for";

    private AotTraining() {
    }

    public static void main(String[] args) throws Exception {
        Path appsDir = Path.of(args.length > 0 ? args[0] : "launcher/target/apps").toAbsolutePath().normalize();
        Path workDir = Path.of(args.length > 1 ? args[1] : "launcher/target/aot-training").toAbsolutePath().normalize();
        long start = System.nanoTime();
        try {
            train(appsDir, workDir);
        } catch (Exception | LinkageError e) {
            log.warn("AOT training failed, so the services will start without their AOT caches: {}", e.toString(), e);
        }
        log.info("AOT training took {} s", seconds(System.nanoTime() - start));
        // the JVM would otherwise wait for the Kafka client threads that are left
        System.exit(0);
    }

    static void train(Path appsDir, Path workDir) throws Exception {
        var options = options(appsDir, workDir.resolve("data"));
        var services = new LinkedHashSet<String>();
        Topology.of(options).instances().forEach(instance -> services.add(instance.service()));
        boolean upToDate = true;
        for (String service : services) {
            ServiceJar jar = ServiceJar.of(appsDir, service);
            if (!Files.isRegularFile(jar.jar())) {
                throw new IllegalStateException("missing " + jar.jar());
            }
            Path stamp = jar.extractedDirectory().resolve(STAMP);
            upToDate &= Files.isRegularFile(jar.cache()) && Files.isRegularFile(jar.extractedJar())
                    && Files.isRegularFile(stamp) && Files.readString(stamp).strip().equals(trainedFor(jar));
        }
        if (upToDate) {
            // the same jars, perhaps copied again (a new time): the caches stay good
            for (String service : services) {
                ServiceJar.of(appsDir, service).markExtracted();
            }
            log.info("The AOT caches are those of these jars and this JDK; nothing to train");
            return;
        }
        // a system runs with every service, so all are trained together
        for (String service : services) {
            extract(ServiceJar.of(appsDir, service));
        }
        log.info("Training the AOT caches of {} with a run of the whole system", services);
        // what the last training left, kept until now for its logs (<work directory>/data/logs)
        deleteRecursively(workDir);
        Files.createDirectories(workDir);
        run(options);
        var missing = new ArrayList<String>();
        for (String service : services) {
            ServiceJar jar = ServiceJar.of(appsDir, service);
            if (Files.isRegularFile(jar.cache())) {
                Files.writeString(jar.extractedDirectory().resolve(STAMP), trainedFor(jar) + "\n");
                log.info("{}: {} MB", jar.cache(), Files.size(jar.cache()) / (1024 * 1024));
            } else {
                missing.add(service);
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException("no AOT cache was written for " + missing + "; see their logs in "
                    + options.dataDir().resolve("logs"));
        }
    }

    /** The whole system on free ports in {@code dataDir}, as {@code ./shelfwise up} would run it otherwise. */
    private static LauncherOptions options(Path appsDir, Path dataDir) throws IOException {
        var args = new ArrayList<>(List.of("--data-dir=" + dataDir, "--apps-dir=" + appsDir,
                "--gateway-port=" + freePort(), "--catalog-ports=" + freePort() + "," + freePort(),
                "--patrons-port=" + freePort(), "--circulation-ports=" + freePort() + "," + freePort(),
                "--postgres-port=" + freePort(), "--kafka-port=" + freePort(), "--web-port=" + freePort(),
                "--sip-port=" + freePort(), "--sip-http-port=" + freePort(), "--notifications-port=" + freePort(),
                "--mail-port=" + freePort(), "--startup-timeout=600"));
        // the environment is left out: the caches are of the system as it ships
        return LauncherOptions.parse(args, Map.of(), appsDir);
    }

    private static void run(LauncherOptions options) throws Exception {
        var system = LocalSystem.claim(options, true);
        var hook = new Thread(system::stop, "aot-training-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            system.start();
            new DemoData(URI.create("http://127.0.0.1:" + options.gatewayPort()), options.dataDir(),
                    new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), system.adminPassword().value())
                    .loadOnce();
            if (!Files.exists(options.dataDir().resolve("demo-data.loaded"))) {
                // the caches are still good, only trained on a little less (a loaded machine timing requests out)
                log.warn("Not all the demo data loaded in the training run; the caches are trained on what did");
            }
        } finally {
            log.info("Stopping the training run; each service writes its AOT cache as it stops");
            system.stop();
            Runtime.getRuntime().removeShutdownHook(hook);
        }
    }

    private static void extract(ServiceJar jar) throws IOException, InterruptedException {
        deleteRecursively(jar.extractedDirectory());
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        var process = new ProcessBuilder(java.toString(), "-Djarmode=tools", "-jar", jar.jar().toString(), "extract",
                "--destination", jar.extractedDirectory().toString()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (process.waitFor() != 0 || !Files.isRegularFile(jar.extractedJar())) {
            throw new IllegalStateException("could not extract " + jar.jar() + ": " + output.strip());
        }
        jar.markExtracted();
    }

    /** What a cache is trained for: the jar's content and the JDK that runs it. */
    private static String trainedFor(ServiceJar jar) throws IOException {
        try (InputStream in = Files.newInputStream(jar.jar())) {
            var digest = MessageDigest.getInstance("SHA-256");
            byte[] buffer = new byte[1 << 16];
            for (int read; (read = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, read);
            }
            return HexFormat.of().formatHex(digest.digest()) + " " + System.getProperty("java.vm.version");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    private static String seconds(long nanos) {
        return String.format(Locale.ROOT, "%.1f", Duration.ofNanos(nanos).toMillis() / 1000.0);
    }
}
