package org.shelfwise.driver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One service JVM of the running system, and how it was started (command line and environment), so that a test can
 * stop it and later start the same instance again. Reads the environment from {@code /proc}: Linux only.
 */
public record ServiceJvm(ProcessHandle process, List<String> command, Map<String, String> environment) {

    public ServiceJvm {
        command = List.copyOf(command);
        environment = Map.copyOf(environment);
    }

    static ServiceJvm of(ProcessHandle process) {
        var command = new ArrayList<String>();
        command.add(process.info().command().orElseThrow());
        command.addAll(List.of(process.info().arguments().orElse(new String[0])));
        return new ServiceJvm(process, command, environmentOf(process.pid()));
    }

    /** The instance's name, as it reports it in {@code X-Served-By}. */
    public String instanceId() {
        return environment.getOrDefault("SHELFWISE_INSTANCE_ID", "pid-" + process.pid());
    }

    private static Map<String, String> environmentOf(long pid) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", String.valueOf(pid), "environ"));
            var environment = new LinkedHashMap<String, String>();
            for (String entry : new String(raw, StandardCharsets.UTF_8).split("\0")) {
                int equals = entry.indexOf('=');
                if (equals > 0) {
                    environment.put(entry.substring(0, equals), entry.substring(equals + 1));
                }
            }
            return environment;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the environment of process " + pid, e);
        }
    }
}
