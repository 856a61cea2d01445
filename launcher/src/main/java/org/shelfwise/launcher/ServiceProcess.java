package org.shelfwise.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** A service instance running as a JVM of its own, its output going to a log file. */
final class ServiceProcess {

    private final ServiceInstance instance;
    private final Process process;
    private final Path log;

    private ServiceProcess(ServiceInstance instance, Process process, Path log) {
        this.instance = instance;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts {@code java <jvmOptions> <launch> <arguments>} ({@code launch}: {@code -jar <jar>}, with the options
     * that go with that jar, see {@link ServiceJar}) with the spec's environment added to ours, its output replacing
     * {@code log}, or appended to it when {@code append} (a restart keeps what the instance said before it died).
     */
    static ServiceProcess start(LaunchSpec spec, Path java, List<String> jvmOptions, List<String> launch, Path log,
                                boolean append) throws IOException {
        var command = new ArrayList<String>();
        command.add(java.toString());
        command.addAll(jvmOptions);
        command.addAll(launch);
        command.addAll(spec.arguments());
        var builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(append ? ProcessBuilder.Redirect.appendTo(log.toFile())
                        : ProcessBuilder.Redirect.to(log.toFile()));
        builder.environment().putAll(spec.environment());
        Process process = builder.start();
        process.getOutputStream().close();
        return new ServiceProcess(spec.instance(), process, log);
    }

    ServiceInstance instance() {
        return instance;
    }

    Path log() {
        return log;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    int exitValue() {
        return process.exitValue();
    }

    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    /** Asks for Spring Boot's graceful shutdown (SIGTERM). */
    void requestStop() {
        process.destroy();
    }

    boolean awaitExit(Duration timeout) throws InterruptedException {
        return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    void kill() {
        process.destroyForcibly();
    }

    /** The last lines of the log, to show why an instance failed without sending the user hunting for it. */
    List<String> logTail(int lines) {
        try {
            List<String> all = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of("(could not read " + log + ": " + e.getMessage() + ")");
        }
    }
}
