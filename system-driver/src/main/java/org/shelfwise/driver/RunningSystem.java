package org.shelfwise.driver;

import org.shelfwise.embedded.testing.HttpJson;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * The whole system, started the way {@code ./shelfwise up} starts it: the launcher's runnable jar in a process
 * of its own, on free ports and a fresh data directory.
 */
public final class RunningSystem implements AutoCloseable {

    /**
     * How long the whole system may take to start: a bound, not an expectation (on a machine shared with other builds
     * its JVMs took over three minutes); {@code -Dshelfwise.system.ready-within=600} on a busier one.
     */
    private static final Duration READY_WITHIN = Duration.ofSeconds(Long.getLong("shelfwise.system.ready-within", 360));

    /**
     * The launcher's JVM options, as {@code ./shelfwise} gives them; {@code -Dshelfwise.launcher.jvm-options} others
     * (to measure an older launcher, say).
     */
    private static final String LAUNCHER_JVM_OPTIONS = System.getProperty("shelfwise.launcher.jvm-options",
            "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xmx128m -XX:MaxNewSize=16m -XX:MinHeapFreeRatio=20"
                    + " -XX:MaxHeapFreeRatio=40 --sun-misc-unsafe-memory-access=allow");

    private final int gatewayPort;
    private final Path dataDir;
    private final Process launcher;
    private final List<String> output = new CopyOnWriteArrayList<>();
    private final List<Process> restarted = new CopyOnWriteArrayList<>();

    private RunningSystem(int gatewayPort, Path dataDir, Process launcher) {
        this.gatewayPort = gatewayPort;
        this.dataDir = dataDir;
        this.launcher = launcher;
    }

    /** Starts the system on free ports in a fresh data directory under {@code target}. */
    public static RunningSystem start(String... extraLauncherOptions) throws Exception {
        return start(Map.of(), extraLauncherOptions);
    }

    /**
     * Starts the system with {@code environment} added to this process's; the launcher passes it on to every
     * service (e.g. {@code RATE_LIMIT_PER_SECOND} for the gateway).
     */
    public static RunningSystem start(Map<String, String> environment, String... extraLauncherOptions)
            throws Exception {
        Path target = Files.createDirectories(Path.of("target"));
        return startOn(Files.createTempDirectory(target, "system-data-"), environment, extraLauncherOptions);
    }

    /**
     * Starts the system on free ports in {@code dataDir}: a fresh one, or the data directory of a system started
     * and stopped before (a second start, which finds its databases, its Kafka log and its demo data there).
     */
    public static RunningSystem startOn(Path dataDir, Map<String, String> environment, String... extraLauncherOptions)
            throws Exception {
        Path jar = launcherJar();
        int gateway = freePort();
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of(LAUNCHER_JVM_OPTIONS.strip().split("\\s+")));
        command.addAll(List.of("-jar", jar.toString(),
                "--data-dir=" + dataDir,
                "--gateway-port=" + gateway,
                "--catalog-ports=" + freePort() + "," + freePort(),
                "--patrons-port=" + freePort(),
                "--circulation-ports=" + freePort() + "," + freePort(),
                "--postgres-port=" + freePort(),
                "--kafka-port=" + freePort(),
                "--web-port=" + freePort(),
                "--sip-port=" + freePort(), "--sip-http-port=" + freePort(),
                "--notifications-port=" + freePort(), "--mail-port=" + freePort(),
                // the launcher waits for its services as long as this waits for the launcher
                "--startup-timeout=" + READY_WITHIN.toSeconds()));
        command.addAll(List.of(extraLauncherOptions));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        var process = builder.start();
        var system = new RunningSystem(gateway, dataDir, process);
        system.awaitReady();
        return system;
    }

    private void awaitReady() throws Exception {
        var ready = new CountDownLatch(1);
        var reader = Thread.ofPlatform().daemon().start(() -> {
            try (var lines = new BufferedReader(new InputStreamReader(launcher.getInputStream()))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    output.add(line);
                    if (line.contains("Shelfwise is ready")) {
                        ready.countDown();
                    }
                }
            } catch (IOException ignored) {
                // the launcher has gone; awaitReady reports it
            }
        });
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        while (!ready.await(1, TimeUnit.SECONDS)) {
            if (!launcher.isAlive() || System.nanoTime() > deadline) {
                close();
                throw new IllegalStateException("the system did not become ready; launcher said:\n"
                        + String.join("\n", output));
            }
        }
        reader.setName("launcher-output");
    }

    /** The launcher's runnable jar: {@code -Dshelfwise.launcher.jar}, else the build's, from the project or a module. */
    private static Path launcherJar() {
        String configured = System.getProperty("shelfwise.launcher.jar");
        var candidates = configured != null ? List.of(Path.of(configured)) : List.of(
                Path.of("launcher/target/launcher-0.1.0-SNAPSHOT-exec.jar"),
                Path.of("../launcher/target/launcher-0.1.0-SNAPSHOT-exec.jar"));
        return candidates.stream().filter(Files::exists).findFirst().orElseThrow(() ->
                new IllegalStateException("build the launcher first (./mvnw package -DskipTests); looked for " + candidates));
    }

    /** The password of the {@code admin} account, which the launcher generated and keeps in the data directory. */
    public String adminPassword() throws IOException {
        return Files.readString(dataDir.resolve("admin-password")).strip();
    }

    /** The gateway, signed in as the {@code admin} account (ADMIN and LIBRARIAN): the staff's view of the API. */
    public HttpJson adminGateway() throws IOException {
        return HttpJson.at(baseUrl()).signedInAs("admin", adminPassword());
    }

    /** Where this system keeps its data; service logs are under {@code logs}. */
    public Path dataDir() {
        return dataDir;
    }

    /** Where the launcher's local mail server keeps every message it received, one {@code .eml} file each. */
    public Path mailFolder() {
        return dataDir.resolve("mail");
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + gatewayPort;
    }

    /** The staff client's first page, served through the gateway. */
    public String staffUrl() {
        return baseUrl() + "/staff";
    }

    /**
     * The launcher, every process it started (service JVMs), those {@link #startAgain started again}, and the
     * embedded PostgreSQL server with its backends (which leaves the launcher's process tree when it daemonises, so
     * it is found by its data directory), for measuring what they use.
     */
    public List<ProcessHandle> processes() {
        String data = dataDir.getFileName().toString();
        var postgres = ProcessHandle.allProcesses()
                .filter(p -> p.info().commandLine().map(c -> c.contains(data) && !c.contains("--data-dir")).orElse(false))
                .flatMap(postmaster -> java.util.stream.Stream.concat(java.util.stream.Stream.of(postmaster),
                        postmaster.descendants()));
        var again = restarted.stream().map(Process::toHandle);
        return java.util.stream.Stream.of(java.util.stream.Stream.of(launcher.toHandle()), launcher.descendants(), postgres, again)
                .flatMap(s -> s).distinct().toList();
    }

    /** The service JVMs the launcher started whose command line mentions {@code jarName}. */
    public List<ProcessHandle> servicesRunning(String jarName) {
        return launcher.descendants()
                .filter(p -> p.info().commandLine().map(c -> c.contains(jarName)).orElse(false))
                .toList();
    }

    /** The service JVMs running {@code jarName}, each with how it was started. */
    public List<ServiceJvm> serviceJvms(String jarName) {
        return servicesRunning(jarName).stream().map(ServiceJvm::of).toList();
    }

    /**
     * Starts a stopped instance again, the way the launcher started it (same command, environment and port), with
     * its output in {@code logs/<instance>-restarted.log}. It is stopped with the system.
     */
    public void startAgain(ServiceJvm stopped) throws IOException {
        restart(stopped);
    }

    /**
     * {@link #startAgain Starts a stopped instance again} and waits until its readiness probe answers 200, as the
     * launcher waits for every instance at start; throws when the instance exits meanwhile or {@code timeout} passes.
     */
    public void startAgainAndAwaitReady(ServiceJvm stopped, Duration timeout) throws IOException, InterruptedException {
        var process = restart(stopped);
        var readiness = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + stopped.environment().get("PORT")
                + "/actuator/health/readiness")).timeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + timeout.toNanos();
        try (var http = HttpClient.newHttpClient()) {
            while (true) {
                try {
                    if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                        return;
                    }
                } catch (IOException notListeningYet) {
                    // still starting
                }
                if (!process.isAlive()) {
                    throw new IllegalStateException(stopped.instanceId() + " exited with code " + process.exitValue()
                            + " while starting again");
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(stopped.instanceId() + " was not ready again within "
                            + timeout.toSeconds() + " s");
                }
                Thread.sleep(500);
            }
        }
    }

    private Process restart(ServiceJvm stopped) throws IOException {
        if (stopped.process().isAlive()) {
            throw new IllegalStateException(stopped.instanceId() + " is still running");
        }
        Path log = dataDir.resolve("logs").resolve(stopped.instanceId() + "-restarted.log");
        var builder = new ProcessBuilder(stopped.command()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().clear();
        builder.environment().putAll(stopped.environment());
        var process = builder.start();
        restarted.add(process);
        return process;
    }

    /**
     * The embedded PostgreSQL server's main process, as it names itself in its data directory: it is no child of the
     * launcher ({@code pg_ctl} starts it as a daemon). Empty while it does not run.
     */
    public java.util.Optional<ProcessHandle> postmaster() {
        try {
            String pid = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid")).getFirst().strip();
            return ProcessHandle.of(Long.parseLong(pid)).filter(ProcessHandle::isAlive);
        } catch (IOException | RuntimeException notRunning) {
            return java.util.Optional.empty();
        }
    }

    /**
     * Stops the launcher's process with SIGSTOP, and with it the Kafka broker it runs in-process (and its supervision
     * of the other processes), until {@link #thawLauncher()}. The services go on running.
     */
    public void freezeLauncher() throws IOException, InterruptedException {
        signal(launcher.toHandle(), "STOP");
    }

    /** Lets a {@link #freezeLauncher() frozen} launcher, and its broker, go on (SIGCONT). */
    public void thawLauncher() throws IOException, InterruptedException {
        signal(launcher.toHandle(), "CONT");
    }

    /** Sends {@code signal} (a name such as {@code INT}, {@code KILL}, {@code STOP}) to {@code process}. */
    public static void signal(ProcessHandle process, String signal) throws IOException, InterruptedException {
        int exit = new ProcessBuilder("kill", "-" + signal, String.valueOf(process.pid())).inheritIO().start().waitFor();
        if (exit != 0) {
            throw new IllegalStateException("kill -" + signal + " " + process.pid() + " exited with " + exit);
        }
    }

    /** What the launcher has printed so far. */
    public List<String> output() {
        return output;
    }

    /** Stops the launcher as Ctrl-C would, and waits until it has stopped everything it started. */
    @Override
    public void close() throws Exception {
        for (Process process : restarted) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
        var children = launcher.descendants().toList();
        launcher.destroy();
        if (!launcher.waitFor(90, TimeUnit.SECONDS)) {
            children.forEach(ProcessHandle::destroyForcibly);
            launcher.destroyForcibly();
            throw new IllegalStateException("the launcher did not stop within 90 s");
        }
        var leftovers = children.stream().filter(ProcessHandle::isAlive).toList();
        leftovers.forEach(ProcessHandle::destroyForcibly);
        if (!leftovers.isEmpty()) {
            throw new IllegalStateException("processes left behind: " + leftovers);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
