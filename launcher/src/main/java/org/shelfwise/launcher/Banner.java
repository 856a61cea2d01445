package org.shelfwise.launcher;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/** What a user needs once the system is up: where everything is, and how to stop it. */
final class Banner {

    private Banner() {
    }

    static void print(PrintStream out, LauncherOptions options, Topology topology, Endpoints endpoints,
                      AdminPassword admin) {
        String gateway = topology.gateway().url();
        out.println();
        out.println("  Gateway       " + gateway);
        out.println("  Staff client  " + gateway + "/staff (sign in as admin)");
        out.println("  API docs      " + gateway + "/swagger-ui.html");
        for (String service : Topology.BACKENDS) {
            out.printf("  %-13s %s%n", capitalised(service), urls(topology.of(service)));
        }
        out.println("  SIP2 kiosks   " + System.getenv().getOrDefault("SIP_ADDRESS", "127.0.0.1") + ":"
                + options.sipPort() + " (terminal accounts: " + gateway + "/api/sip-terminals, ADMIN)");
        out.println("  PostgreSQL    jdbc:postgresql://localhost:" + options.postgresPort()
                + "/{" + String.join(",", Topology.BACKENDS) + "} (user postgres, no password)");
        out.println("  Kafka         " + endpoints.kafkaBootstrapServers());
        out.println("  Mail          every notice sent is kept as one .eml file in " + options.dataDir().resolve("mail")
                + " (SMTP on 127.0.0.1:" + options.mailPort() + ")");
        // shown once, when generated; afterwards only where it is kept
        out.println("  Sign in       POST " + gateway + "/api/auth/token as admin, password "
                + (admin.generatedNow() ? admin.value() + " (kept in " + admin.file() + ")" : "in " + admin.file()));
        out.println("  Data          " + options.dataDir() + " (service logs in " + options.dataDir().resolve("logs") + ")");
        out.println("  Stop with Ctrl-C, or: " + downCommand(options.dataDir()));
        out.println();
    }

    private static String urls(List<ServiceInstance> instances) {
        return instances.stream().map(ServiceInstance::url).collect(Collectors.joining(", "));
    }

    private static String capitalised(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** How to stop the launcher that runs on {@code dataDir} from another terminal. */
    static String downCommand(Path dataDir) {
        boolean isDefault = dataDir.equals(Path.of("data").toAbsolutePath().normalize());
        return "./shelfwise down" + (isDefault ? "" : " --data-dir=" + dataDir);
    }
}
