package org.shelfwise.launcher;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What to run and where, from {@code --name=value} arguments, else {@code SHELFWISE_NAME} variables, else defaults.
 */
public record LauncherOptions(
        Path dataDir,
        Path appsDir,
        int gatewayPort,
        List<Integer> catalogPorts,
        int patronsPort,
        List<Integer> circulationPorts,
        int postgresPort,
        String postgresSharedBuffers,
        boolean postgresSynchronousCommit,
        int kafkaPort,
        int webPort,
        int sipPort,
        int sipHttpPort,
        int notificationsPort,
        int mailPort,
        boolean demoData,
        Duration startupTimeout,
        List<String> jvmOptions) {

    /**
     * Eight JVMs share a laptop: the serial collector and a capped heap keep each small, and C1 alone halves
     * the CPU it takes to start them all. Measured on two cores, C2 did not win back its compile time within
     * thousands of requests either; long load tests can ask for it with --jvm-options. A young generation of at most
     * 24 MB (a collection of it takes a few milliseconds) and a heap grown only as far as its live objects need keep
     * each instance's resident memory near what it really holds. The AOT cache is mapped where it was made
     * (ArchiveRelocationMode=0; JDK 25 maps it at a random address and relocates it by default): relocating dirties
     * most of its pages, about 100 MB a JVM, which then neither catalog nor circulation instance shares with its twin
     * (docs/startup.md).
     */
    static final String DEFAULT_JVM_OPTIONS = "-XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Xms32m -Xmx256m"
            + " -XX:MaxNewSize=24m -XX:MinHeapFreeRatio=20 -XX:MaxHeapFreeRatio=40"
            + " -XX:+UnlockDiagnosticVMOptions -XX:ArchiveRelocationMode=0";

    static final String USAGE = """
            Usage: shelfwise up [--name=value ...]
              --data-dir=DIR             PostgreSQL data, Kafka log, service logs and pid file (default ./data)
              --apps-dir=DIR             where gateway.jar, catalog.jar, patrons.jar, circulation.jar, web.jar and sip.jar are
                                         (default: the apps folder next to the launcher jar)
              --gateway-port=PORT        (default 8080)
              --catalog-ports=PORT,...   one catalog instance per port (default 8081,8082)
              --patrons-port=PORT        (default 8083)
              --circulation-ports=PORT,... one circulation instance per port (default 8084,8085)
              --postgres-port=PORT       (default 15432)
              --postgres-shared-buffers=SIZE  PostgreSQL's buffer cache, e.g. 1GB: size it to the data that is
                                         read often (default 128MB, PostgreSQL's own)
              --postgres-synchronous-commit=true|false  false answers a commit before its WAL is on disk:
                                         faster, but a crash loses the last acknowledged writes (default true)
              --kafka-port=PORT          (default 19092)
              --web-port=PORT            the staff client, served through the gateway at /staff (default 8086)
              --sip-port=PORT            SIP2 for self-check kiosks, on SIP_ADDRESS (default 6001, on 127.0.0.1)
              --sip-http-port=PORT       the SIP2 service's terminal API, behind the gateway (default 8087)
              --notifications-port=PORT  the notifications service, behind the gateway (default 8088)
              --mail-port=PORT           the local SMTP server that keeps every notice sent as a file under
                                         DATA-DIR/mail (default 2525, on 127.0.0.1)
              --demo-data=true|false     load demo branches, books and patrons on first start (default true)
              --startup-timeout=SECONDS  how long the services may take to become ready (default 180)
              --jvm-options="OPTIONS"    JVM options of every service (default "%s")
            Every option can also come from the environment: --gateway-port from SHELFWISE_GATEWAY_PORT, and so on.
            """.formatted(DEFAULT_JVM_OPTIONS);

    private static final Set<String> NAMES = Set.of("data-dir", "apps-dir", "gateway-port", "catalog-ports",
            "patrons-port", "circulation-ports", "postgres-port", "postgres-shared-buffers", "postgres-synchronous-commit", "kafka-port",
            "web-port", "sip-port", "sip-http-port", "notifications-port", "mail-port", "demo-data", "startup-timeout",
            "jvm-options");

    public LauncherOptions {
        catalogPorts = List.copyOf(catalogPorts);
        circulationPorts = List.copyOf(circulationPorts);
        jvmOptions = List.copyOf(jvmOptions);
    }

    /** Reads the options; throws {@link IllegalArgumentException} naming the offending one. */
    public static LauncherOptions parse(List<String> args, Map<String, String> env, Path defaultAppsDir) {
        var given = new HashMap<String, String>();
        for (String arg : args) {
            int equals = arg.indexOf('=');
            if (!arg.startsWith("--") || equals < 0) {
                throw new IllegalArgumentException("expected --name=value, got '" + arg + "'");
            }
            String name = arg.substring(2, equals);
            if (!NAMES.contains(name)) {
                throw new IllegalArgumentException("unknown option --" + name);
            }
            given.put(name, arg.substring(equals + 1));
        }
        var values = new Values(given, env);
        var options = new LauncherOptions(
                Path.of(values.get("data-dir", "data")).toAbsolutePath().normalize(),
                Path.of(values.get("apps-dir", defaultAppsDir.toString())).toAbsolutePath().normalize(),
                values.port("gateway-port", 8080),
                values.ports("catalog-ports", "8081,8082"),
                values.port("patrons-port", 8083),
                values.ports("circulation-ports", "8084,8085"),
                values.port("postgres-port", 15432),
                values.size("postgres-shared-buffers", "128MB"),
                values.bool("postgres-synchronous-commit", true),
                values.port("kafka-port", 19092),
                values.port("web-port", 8086),
                values.port("sip-port", 6001),
                values.port("sip-http-port", 8087),
                values.port("notifications-port", 8088),
                values.port("mail-port", 2525),
                values.bool("demo-data", true),
                Duration.ofSeconds(values.positive("startup-timeout", 180)),
                Arrays.stream(values.get("jvm-options", DEFAULT_JVM_OPTIONS).trim().split("\\s+"))
                        .filter(option -> !option.isEmpty()).toList());
        options.requireDistinctPorts();
        return options;
    }

    /** Every port the local system listens on, in a stable order. */
    public List<Integer> allPorts() {
        return Stream.of(Stream.of(gatewayPort), catalogPorts.stream(), Stream.of(patronsPort),
                circulationPorts.stream(), Stream.of(postgresPort, kafkaPort, webPort, sipPort, sipHttpPort, notificationsPort, mailPort)).flatMap(s -> s).toList();
    }

    private void requireDistinctPorts() {
        var seen = new HashSet<Integer>();
        for (int port : allPorts()) {
            if (!seen.add(port)) {
                throw new IllegalArgumentException("port " + port + " is given to more than one server");
            }
        }
    }

    /** Looks an option up in the arguments, then the environment, and converts it. */
    private record Values(Map<String, String> args, Map<String, String> env) {

        String get(String name, String fallback) {
            String value = args.get(name);
            if (value == null) {
                value = env.get("SHELFWISE_" + name.toUpperCase(Locale.ROOT).replace('-', '_'));
            }
            return value == null || value.isBlank() ? fallback : value.trim();
        }

        int port(String name, int fallback) {
            return checkedPort(name, get(name, String.valueOf(fallback)));
        }

        List<Integer> ports(String name, String fallback) {
            return Arrays.stream(get(name, fallback).split(",")).map(String::trim)
                    .map(port -> checkedPort(name, port)).toList();
        }

        /** A size as PostgreSQL writes it: a whole number of kB, MB or GB. */
        String size(String name, String fallback) {
            String value = get(name, fallback);
            if (!value.matches("[1-9][0-9]{0,6}(kB|MB|GB)")) {
                throw new IllegalArgumentException("--" + name + " must be a size such as 512MB or 2GB, got '" + value + "'");
            }
            return value;
        }

        int positive(String name, int fallback) {
            int value = integer(name, get(name, String.valueOf(fallback)));
            if (value <= 0) {
                throw new IllegalArgumentException("--" + name + " must be positive, got " + value);
            }
            return value;
        }

        boolean bool(String name, boolean fallback) {
            return switch (get(name, String.valueOf(fallback)).toLowerCase(Locale.ROOT)) {
                case "true", "yes", "1" -> true;
                case "false", "no", "0" -> false;
                default -> throw new IllegalArgumentException("--" + name + " must be true or false");
            };
        }

        private static int checkedPort(String name, String value) {
            int port = integer(name, value);
            if (port < 1 || port > 65535) {
                throw new IllegalArgumentException("--" + name + " has " + port + ", not a port number");
            }
            return port;
        }

        private static int integer(String name, String value) {
            try {
                return Integer.parseInt(value);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--" + name + " must be a number, got '" + value + "'");
            }
        }
    }
}
