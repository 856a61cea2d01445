package org.shelfwise.benchmarks.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.driver.RunningSystem;
import org.shelfwise.driver.ServiceJvm;

/**
 * What the gateway hop costs: the same warm book read ({@code GET /api/books/{id}}) through the gateway, through the
 * gateway with a librarian's access token (which the gateway verifies, and the catalog too once it enforces roles),
 * and straight from one catalog instance, in turn request by request so all see the same machine, and their
 * latency percentiles. Starts its own system the way {@code ./shelfwise up} does.
 *
 * <p>Usage: {@code GatewayHopBenchmark [requests per path, default 20000] [warm-up requests, default 5000]}
 */
public final class GatewayHopBenchmark {

    // the shipped JIT (C2), not the launcher's start-fast default: this measures steady state
    private static final String JVM_OPTIONS = "--jvm-options=-XX:+UseSerialGC -Xms64m -Xmx256m";

    private GatewayHopBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int requests = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int warmUp = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
        // one client sends every request: lift its rate limit, which would otherwise be what is measured
        var environment = Map.of("RATE_LIMIT_PER_SECOND", "1000000", "RATE_LIMIT_BURST", "1000000");
        try (var system = RunningSystem.start(environment, JVM_OPTIONS)) {
            String bookId = HttpJson.at(system.baseUrl()).get("/api/books?size=1").body()
                    .get("content").get(0).get("id").asString();
            HttpJson admin = system.adminGateway();
            ServiceJvm catalog = system.serviceJvms("catalog.jar").getFirst();
            String path = "/api/books/" + bookId;
            URI viaGateway = URI.create(system.baseUrl() + path);
            URI direct = URI.create("http://127.0.0.1:" + catalog.environment().get("PORT") + path);

            var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            measure(client, viaGateway, direct, admin, warmUp);
            Latencies[] measured = measure(client, viaGateway, direct, admin, requests);

            String report = """
                    # Gateway hop: latest run

                    Run of %s, `./benchmark org.shelfwise.benchmarks.gateway.GatewayHopBenchmark %d %d`; services %s.
                    `GET /api/books/{id}`, %d requests per path after %d warm-up requests per path, one client.
                    How to read it: [gateway-hop.md](gateway-hop.md).

                    %s
                    %s
                    %s
                    %s
                    %s
                    """.formatted(Instant.now().truncatedTo(ChronoUnit.SECONDS), requests, warmUp,
                    JVM_OPTIONS.substring("--jvm-options=".length()), requests, warmUp, Latencies.HEADER,
                    measured[0].row("through the gateway"),
                    measured[2].row("through the gateway, with an access token"),
                    measured[1].row("straight from catalog-1"), Latencies.hop(measured[0], measured[1]));
            System.out.println(report);
            Path file = Path.of("docs/benchmarks/gateway-hop-latest.md");
            Files.writeString(file, report);
            System.out.println("written to " + file.toAbsolutePath());
        }
    }

    private static Latencies[] measure(HttpClient client, URI viaGateway, URI direct, HttpJson admin, int requests)
            throws Exception {
        var gateway = new Latencies(requests);
        var straight = new Latencies(requests);
        var signedIn = new Latencies(requests);
        for (int i = 0; i < requests; i++) {
            // take turns at going first, so none always follows another's cache effects
            switch (i % 3) {
                case 0 -> {
                    gateway.add(time(client, viaGateway, null));
                    signedIn.add(time(client, viaGateway, admin.accessToken()));
                    straight.add(time(client, direct, null));
                }
                case 1 -> {
                    straight.add(time(client, direct, null));
                    gateway.add(time(client, viaGateway, null));
                    signedIn.add(time(client, viaGateway, admin.accessToken()));
                }
                default -> {
                    signedIn.add(time(client, viaGateway, admin.accessToken()));
                    straight.add(time(client, direct, null));
                    gateway.add(time(client, viaGateway, null));
                }
            }
        }
        return new Latencies[] {gateway, straight, signedIn};
    }

    private static long time(HttpClient client, URI uri, String accessToken) throws Exception {
        var request = HttpRequest.newBuilder(uri).GET().timeout(Duration.ofSeconds(10));
        if (accessToken != null) {
            request.header("Authorization", "Bearer " + accessToken);
        }
        long start = System.nanoTime();
        var response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
        return elapsed;
    }
}
