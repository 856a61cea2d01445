package org.shelfwise.launcher;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** What is checked before anything starts, so that a missing jar or a busy port fails fast and says so. */
final class Preflight {

    private Preflight() {
    }

    static void check(LauncherOptions options, Topology topology) {
        for (ServiceInstance instance : topology.instances()) {
            Path jar = jarOf(options, instance);
            if (!Files.isRegularFile(jar)) {
                throw new StartupFailure("missing " + jar + "; build it with ./mvnw -DskipTests package"
                        + " (./shelfwise up does that for you)");
            }
        }
        var ports = new LinkedHashMap<String, Integer>();
        topology.instances().forEach(instance -> ports.put(instance.id(), instance.port()));
        ports.put("PostgreSQL", options.postgresPort());
        ports.put("Kafka", options.kafkaPort());
        for (Map.Entry<String, Integer> entry : ports.entrySet()) {
            try {
                // bound and let go at once, only to learn that the port is free
                new ServerSocket(entry.getValue()).close();
            } catch (IOException e) {
                throw new StartupFailure("port " + entry.getValue() + " for " + entry.getKey()
                        + " is in use; choose another with the launcher options (see --help)");
            }
        }
    }

    static Path jarOf(LauncherOptions options, ServiceInstance instance) {
        return options.appsDir().resolve(instance.service() + ".jar");
    }
}
