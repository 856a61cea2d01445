package org.shelfwise.launcher;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.stream.IntStream;

/** The instances of the local system, and how each is wired to the infrastructure and to the others. */
public record Topology(List<ServiceInstance> instances, int sipPort, int mailPort) {

    /** How many database connections each instance keeps open while idle (it opens more, up to its pool's size, when busy). */
    static final int LOCAL_POOL_MINIMUM_IDLE = 2;

    /** The services behind the gateway; each keeps its own database, named like the service. */
    public static final List<String> BACKENDS = List.of("catalog", "patrons", "circulation", "notifications");

    /** Where the services listen, and where the gateway and the launcher call them. */
    static final String LOOPBACK = "127.0.0.1";

    /** The staff client: behind the gateway like the backends, with a database of its own for sessions only. */
    public static final String WEB = "web";

    /** Notices to patrons: sent over SMTP to the launcher's local mail server ({@link LocalMail}). */
    public static final String NOTIFICATIONS = "notifications";

    /** SIP2 for self-check kiosks: its terminal API behind the gateway, its own TCP port for the kiosks. */
    public static final String SIP = "sip";

    public Topology {
        instances = List.copyOf(instances);
    }

    public static Topology of(LauncherOptions options) {
        var instances = new ArrayList<ServiceInstance>();
        instances.addAll(numbered("catalog", options.catalogPorts()));
        instances.add(new ServiceInstance("patrons", 1, options.patronsPort()));
        instances.addAll(numbered("circulation", options.circulationPorts()));
        instances.add(new ServiceInstance(NOTIFICATIONS, 1, options.notificationsPort()));
        instances.add(new ServiceInstance("gateway", 1, options.gatewayPort()));
        instances.add(new ServiceInstance(WEB, 1, options.webPort()));
        instances.add(new ServiceInstance(SIP, 1, options.sipHttpPort()));
        return new Topology(instances, options.sipPort(), options.mailPort());
    }

    private static List<ServiceInstance> numbered(String service, List<Integer> ports) {
        return IntStream.range(0, ports.size()).mapToObj(i -> new ServiceInstance(service, i + 1, ports.get(i))).toList();
    }

    public List<ServiceInstance> of(String service) {
        return instances.stream().filter(instance -> instance.service().equals(service)).toList();
    }

    public ServiceInstance gateway() {
        return of("gateway").getFirst();
    }

    /** With {@code adminPassword}, the patrons service creates the {@code admin} account with it on first start. */
    public List<LaunchSpec> launchSpecs(Endpoints endpoints, String adminPassword) {
        return launchSpecs(endpoints, adminPassword, null);
    }

    /**
     * With {@code sipStaffPassword} too, patrons creates the {@code sip} staff account with it, and the SIP2 service
     * signs in as that account.
     */
    public List<LaunchSpec> launchSpecs(Endpoints endpoints, String adminPassword, String sipStaffPassword) {
        return instances.stream().map(instance -> {
            var spec = launchSpec(instance, endpoints, adminPassword);
            return sipStaffPassword == null ? spec : withSipStaff(spec, sipStaffPassword);
        }).toList();
    }

    private static LaunchSpec withSipStaff(LaunchSpec spec, String password) {
        var environment = new HashMap<>(spec.environment());
        switch (spec.instance().service()) {
            case "patrons" -> environment.put("SHELFWISE_SIP_STAFF_PASSWORD", password);
            case SIP -> {
                environment.put("SIP_STAFF_USERNAME", "sip");
                environment.put("SIP_STAFF_PASSWORD", password);
            }
            default -> {
                return spec;
            }
        }
        return new LaunchSpec(spec.instance(), environment, spec.arguments());
    }

    private LaunchSpec launchSpec(ServiceInstance instance, Endpoints endpoints, String adminPassword) {
        var environment = new HashMap<String, String>();
        environment.put("PORT", String.valueOf(instance.port()));
        environment.put("KAFKA_BOOTSTRAP_SERVERS", endpoints.kafkaBootstrapServers());
        environment.put("SHELFWISE_INSTANCE_ID", instance.id());
        if (!instance.service().equals("gateway")) {
            // only the gateway is reachable from other machines: called directly, a service would skip its rate
            // limits and sign-in throttling
            environment.put("SERVER_ADDRESS", LOOPBACK);
        }
        // every service verifies access tokens against the keys the patrons service publishes
        environment.put("SHELFWISE_SECURITY_JWKS_URI",
                "http://127.0.0.1:" + of("patrons").getFirst().port() + "/api/auth/jwks");
        if (adminPassword != null && instance.service().equals("patrons")) {
            environment.put("SHELFWISE_ADMIN_PASSWORD", adminPassword);
        }
        if (instance.service().equals(WEB) || instance.service().equals(SIP)) {
            // a client of the public API like any other: it reaches the services through the gateway only
            environment.put("GATEWAY_URL", "http://127.0.0.1:" + gateway().port());
        }
        if (instance.service().equals(NOTIFICATIONS)) {
            environment.put("MAIL_HOST", LOOPBACK);
            environment.put("MAIL_PORT", String.valueOf(mailPort));
            // asked whether a patron exists when a request names one whose event has not arrived yet
            environment.put("PATRONS_URL", "http://127.0.0.1:" + of("patrons").getFirst().port());
        }
        if (instance.service().equals(SIP)) {
            // where kiosks connect; SIP_ADDRESS (loopback unless set) comes from the launcher's own environment
            environment.put("SIP_PORT", String.valueOf(sipPort));
        }
        String databaseUrl = endpoints.databaseUrls().get(instance.service());
        if (databaseUrl != null) {
            environment.put("DATABASE_URL", databaseUrl);
            environment.put("DATABASE_USERNAME", "postgres");
            environment.put("DATABASE_PASSWORD", "");
            // Hikari keeps its whole pool open by default: ten PostgreSQL backends per instance, most of them idle
            // here, each a few MB. A local system opens them as its load asks, and closes them after 10 idle minutes.
            environment.put("SPRING_DATASOURCE_HIKARI_MINIMUMIDLE", String.valueOf(LOCAL_POOL_MINIMUM_IDLE));
        }
        // glibc gives each thread that allocates its own arena (64 MB reserved, some of it resident); two arenas
        // are plenty for what a JVM mallocs outside its heap
        environment.put("MALLOC_ARENA_MAX", "2");
        List<String> arguments = instance.service().equals("gateway") ? discoveryArguments() : List.of();
        return new LaunchSpec(instance, environment, arguments);
    }

    /** The gateway finds the services through Spring Cloud's simple discovery client, fed on its command line. */
    private List<String> discoveryArguments() {
        var arguments = new ArrayList<String>();
        var behindGateway = new ArrayList<>(BACKENDS);
        behindGateway.add(WEB);
        behindGateway.add(SIP);
        for (String service : behindGateway) {
            List<ServiceInstance> copies = of(service);
            for (int i = 0; i < copies.size(); i++) {
                arguments.add("--spring.cloud.discovery.client.simple.instances." + service + "[" + i + "].uri="
                        + "http://127.0.0.1:" + copies.get(i).port());
            }
        }
        return arguments;
    }
}
