package org.shelfwise.launcher;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How a service's JVM runs its jar. The build leaves each service's runnable jar in the apps directory
 * ({@code <service>.jar}) and, beside it, the jar extracted ({@code <service>/<service>.jar} with its libraries in
 * {@code <service>/lib}) together with a JVM ahead-of-time cache trained on it ({@code <service>/<service>.aot}, JEP
 * 483/514/515: the classes loaded and linked, and method profiles, from a run of the whole system). A JVM started
 * from the extracted jar with that cache starts in about half the CPU time.
 *
 * <p>Everything falls back to a plain start: no extracted form, or one extracted from another jar than the one in
 * the apps directory (the stamp {@code <service>/extracted-from} names the jar's size and time), runs the jar itself;
 * no cache runs the extracted jar without one; and a cache the JVM refuses (another JDK, a jar changed since it was
 * trained) is only a warning in the service's log, the JVM going on without it.
 */
final class ServiceJar {

    private final String service;
    private final Path jar;
    private final Path extracted;

    private ServiceJar(String service, Path appsDir) {
        this.service = service;
        this.jar = appsDir.resolve(service + ".jar");
        this.extracted = appsDir.resolve(service);
    }

    static ServiceJar of(Path appsDir, String service) {
        return new ServiceJar(service, appsDir);
    }

    String service() {
        return service;
    }

    /** The runnable jar the build made. */
    Path jar() {
        return jar;
    }

    /** Where the build extracts it. */
    Path extractedDirectory() {
        return extracted;
    }

    Path extractedJar() {
        return extracted.resolve(service + ".jar");
    }

    Path cache() {
        return extracted.resolve(service + ".aot");
    }

    private Path stamp() {
        return extracted.resolve("extracted-from");
    }

    /** Whether the extracted form is there and was extracted from the jar that is there now. */
    boolean extractedIsCurrent() {
        try {
            return Files.isRegularFile(extractedJar()) && Files.isRegularFile(stamp())
                    && Files.readString(stamp(), StandardCharsets.UTF_8).strip().equals(identity());
        } catch (IOException e) {
            return false;
        }
    }

    /** Notes that the extracted form comes from the jar there now. */
    void markExtracted() throws IOException {
        Files.writeString(stamp(), identity() + "\n", StandardCharsets.UTF_8);
    }

    /** The jar's size and modification time: a rebuilt jar differs in one of them. */
    private String identity() throws IOException {
        return Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
    }

    /** Whether a start uses the cache: the extracted form is current and the cache is there. */
    boolean hasCache() {
        return extractedIsCurrent() && Files.isRegularFile(cache());
    }

    /**
     * The JVM's arguments after its options: which cache to use, then {@code -jar} and the jar. With {@code train},
     * the JVM records what it does and writes a new cache when it exits ({@code -XX:AOTCacheOutput}).
     */
    List<String> launchArguments(boolean train) {
        var arguments = new ArrayList<String>();
        if (extractedIsCurrent()) {
            if (train) {
                arguments.add("-XX:AOTCacheOutput=" + cache());
            } else if (Files.isRegularFile(cache())) {
                arguments.add("-XX:AOTCache=" + cache());
            }
            arguments.add("-jar");
            arguments.add(extractedJar().toString());
        } else {
            arguments.add("-jar");
            arguments.add(jar.toString());
        }
        return arguments;
    }
}
