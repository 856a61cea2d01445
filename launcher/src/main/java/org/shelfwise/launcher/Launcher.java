package org.shelfwise.launcher;

import org.shelfwise.launcher.demo.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** Runs all of Shelfwise on one machine until Ctrl-C or SIGTERM: {@code java -jar launcher-exec.jar --help}. */
public final class Launcher {

    /** Printed once everything is up and the demo data is in; scripts and system tests wait for this line. */
    public static final String READY_LINE = "Shelfwise is ready";

    private static final Logger log = LoggerFactory.getLogger(Launcher.class);

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(List.of(args)));
    }

    static int run(List<String> args) throws Exception {
        if (args.contains("--help") || args.contains("-h")) {
            System.out.print(LauncherOptions.USAGE);
            return 0;
        }
        LauncherOptions options;
        try {
            options = LauncherOptions.parse(args, System.getenv(), defaultAppsDir());
        } catch (IllegalArgumentException e) {
            System.err.println("shelfwise: " + e.getMessage() + " (see --help)");
            return 2;
        }
        LocalSystem system;
        try {
            system = LocalSystem.claim(options);
        } catch (DataDirectoryInUse e) {
            log.error(e.getMessage());
            return 1;
        }
        var exitCode = new AtomicInteger();
        StopSignals.onStop(code -> {
            exitCode.set(code);
            system.stop();
        });
        Runtime.getRuntime().addShutdownHook(new Thread(system::stop, "shelfwise-stop"));
        return runUntilStopped(system, options, exitCode);
    }

    private static int runUntilStopped(LocalSystem system, LauncherOptions options, AtomicInteger exitCode)
            throws InterruptedException {
        long start = System.nanoTime();
        Endpoints endpoints;
        try {
            endpoints = system.start();
        } catch (RuntimeException e) {
            if (!system.isStopping()) {
                report(e instanceof StartupFailure failure ? failure : new StartupFailure(e.toString(), e));
                system.stop();
                return 1;
            }
            system.awaitStop();
            return exitCode.get();
        }
        log.info("Shelfwise started in {} s", Duration.ofNanos(System.nanoTime() - start).toSeconds());
        Banner.print(System.out, options, system.topology(), endpoints, system.adminPassword());
        if (options.demoData()) {
            new DemoData(URI.create("http://127.0.0.1:" + options.gatewayPort()), options.dataDir(), System.out,
                    system.adminPassword().value()).loadOnce();
        }
        if (!system.isStopping()) {
            log.info("Ready after {} s", system.secondsSinceStart());
            System.out.println(READY_LINE);
        }
        system.awaitStop();
        return exitCode.get();
    }

    private static void report(StartupFailure failure) {
        log.error("Shelfwise could not start: {}", failure.getMessage(), failure.getCause());
        failure.culprit().ifPresent(process -> log.error("Last lines of {}:\n{}", process.log(),
                String.join("\n", process.logTail(40))));
    }

    /** With {@code java -jar}, the class path is just the launcher jar, and the build puts the services beside it. */
    private static Path defaultAppsDir() {
        String classPath = System.getProperty("java.class.path", "");
        if (classPath.endsWith(".jar") && !classPath.contains(File.pathSeparator)) {
            return Path.of(classPath).toAbsolutePath().getParent().resolve("apps");
        }
        return Path.of("launcher", "target", "apps");
    }
}
