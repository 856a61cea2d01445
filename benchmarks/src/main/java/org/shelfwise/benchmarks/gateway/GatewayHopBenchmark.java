package org.shelfwise.benchmarks.gateway;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import org.shelfwise.driver.Gateway;
import org.shelfwise.driver.RunningSystem;
import org.shelfwise.driver.ServiceJvm;

/**
 * What the gateway hop costs: the same warm book read ({@code GET /api/books/{id}}) through the gateway and straight
 * from one catalog instance, alternated request by request so both see the same machine, and their latency
 * percentiles. Starts its own system the way {@code ./shelfwise up} does.
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
            String bookId = new Gateway(system.baseUrl()).get("/api/books?size=1").body()
                    .get("content").get(0).get("id").asString();
            ServiceJvm catalog = system.serviceJvms("catalog.jar").getFirst();
            String path = "/api/books/" + bookId;
            URI viaGateway = URI.create(system.baseUrl() + path);
            URI direct = URI.create("http://127.0.0.1:" + catalog.environment().get("PORT") + path);

            var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                    .connectTimeout(Duration.ofSeconds(5)).build();
            measure(client, viaGateway, direct, warmUp);
            Latencies[] measured = measure(client, viaGateway, direct, requests);

            System.out.printf("%nGET %s, %d requests each, after %d warm-up requests each, one client%n",
                    "/api/books/{id}", requests, warmUp);
            System.out.println(Latencies.HEADER);
            System.out.println(measured[0].row("through the gateway"));
            System.out.println(measured[1].row("straight from catalog-1"));
            System.out.println(Latencies.hop(measured[0], measured[1]));
        }
    }

    private static Latencies[] measure(HttpClient client, URI viaGateway, URI direct, int requests)
            throws Exception {
        var gateway = new Latencies(requests);
        var straight = new Latencies(requests);
        for (int i = 0; i < requests; i++) {
            // alternate which goes first, so neither always follows the other's cache effects
            if (i % 2 == 0) {
                gateway.add(time(client, viaGateway));
                straight.add(time(client, direct));
            } else {
                straight.add(time(client, direct));
                gateway.add(time(client, viaGateway));
            }
        }
        return new Latencies[] {gateway, straight};
    }

    private static long time(HttpClient client, URI uri) throws Exception {
        var request = HttpRequest.newBuilder(uri).GET().timeout(Duration.ofSeconds(10)).build();
        long start = System.nanoTime();
        var response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
        long elapsed = System.nanoTime() - start;
        if (response.statusCode() != 200) {
            throw new IllegalStateException(uri + " answered " + response.statusCode());
        }
        return elapsed;
    }
}
