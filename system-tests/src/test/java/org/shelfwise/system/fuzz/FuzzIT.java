package org.shelfwise.system.fuzz;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.driver.RunningSystem;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Sends every operation of every service's OpenAPI document bad input (wrong types, NULs and other controls,
 * invalid UTF-8, huge numbers, duplicate keys, malformed bodies, odd content types, paths and parameters, and
 * seeded random mutations of good bodies), through the gateway and straight to each service, as an administrator
 * and anonymously. Fails on any 5xx, any error that is not {@code application/problem+json} or names Java types,
 * and any refused request that changed what a service holds.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FuzzIT {

    private static final JsonMapper json = JsonMapper.builder().build();
    /** Random mutations per operation that takes a body; {@code -Dfuzz.random=...} for a longer run. */
    private static final int RANDOM_MUTATIONS = Integer.getInteger("fuzz.random", 20);
    private static final long SEED = Long.getLong("fuzz.seed", 20261202L);
    private static final String DEMO_ITEM = "31234000000016";
    /** What circulation's events change in the catalogue's copies, whichever thread's request caused them. */
    private static final Map<String, java.util.Set<String>> VOLATILE = Map.of("catalog",
            java.util.Set.of("status", "dueDate", "pickupBy", "version"));
    private static final String DEMO_PATRON = "21234000000018";

    RunningSystem system;
    HttpJson admin;
    final Map<String, String> services = new LinkedHashMap<>();

    @BeforeAll
    void start() throws Exception {
        // The fuzzer is one client sending thousands of requests a second, failed sign-ins and password changes
        // among them: neither the gateway's rate limits nor patrons' slowing down and locking out of failed
        // attempts (which would push answers past the gateway's timeout) are what it tests. One instance of each
        // service is enough to fuzz, and starts sooner on a busy CI machine.
        system = RunningSystem.start(Map.of("RATE_LIMIT_PER_SECOND", "1000000", "RATE_LIMIT_BURST", "1000000",
                "RATE_LIMIT_SIGN_IN_PER_SECOND", "1000000", "RATE_LIMIT_SIGN_IN_BURST", "1000000",
                "SHELFWISE_IDENTITY_FREEFAILURES", "1000000", "SHELFWISE_IDENTITY_LOCKOUTAFTER", "1000000"),
                "--catalog-ports=" + freePort(), "--circulation-ports=" + freePort(), "--startup-timeout=230");
        admin = system.adminGateway();
        for (String service : List.of("catalog", "patrons", "circulation")) {
            String port = system.serviceJvms(service + ".jar").getFirst().environment().get("PORT");
            services.put(service, "http://127.0.0.1:" + port);
        }
    }

    private static int freePort() throws java.io.IOException {
        try (var socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @AfterAll
    void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void refusesBadInputEverywhereWithProblemDetailsAndChangesNothing() throws Exception {
        long started = System.nanoTime();
        var known = known();
        var operations = operations();
        assertThat(operations).hasSizeGreaterThanOrEqualTo(50);

        var tally = new Tally();
        try (var wire = new Wire(); var threads = Executors.newFixedThreadPool(4)) {
            var snapshots = new Snapshots(wire, admin.accessToken(), services, listings(known), VOLATILE);
            var requests = new BadRequests(new Examples(known), (operation, parameter) ->
                    pathValue(known, operation, parameter), SEED);
            // each service's operations in a thread of their own: a service's data checks see only its own requests
            var byService = new LinkedHashMap<String, List<Operation>>();
            operations.forEach(operation -> byService.computeIfAbsent(operation.service(), s -> new ArrayList<>())
                    .add(operation));
            var plans = new ArrayList<Map.Entry<Operation, List<Attempt>>>();
            for (Operation operation : operations) {
                plans.add(Map.entry(operation, requests.of(operation, RANDOM_MUTATIONS)));
            }
            var done = byService.keySet().stream().map(service -> threads.submit(() -> {
                var fuzzer = new Fuzzer(wire, snapshots, tally);
                plans.stream().filter(plan -> plan.getKey().service().equals(service))
                        .forEach(plan -> fuzz(fuzzer, wire, plan.getKey(), plan.getValue()));
            })).toList();
            for (var future : done) {
                future.get();
            }
        }
        long seconds = (System.nanoTime() - started) / 1_000_000_000;
        System.out.println("FuzzIT: " + operations.size() + " operations, " + tally.summary() + ", in " + seconds + " s"
                + " (seed " + SEED + ", " + RANDOM_MUTATIONS + " random mutations per body)");
        tally.failures().stream().limit(200).forEach(failure -> System.out.println("FuzzIT failure: " + failure));
        assertThat(tally.count(4)).isGreaterThan(tally.requests() / 2);
        assertThat(tally.failures()).as(tally.summary()).isEmpty();
    }

    /**
     * Sends an operation's bad requests through the gateway and straight to its service, anonymously and as an
     * administrator. An operation that refuses anonymous callers outright gets a sample of them anonymously: its
     * security answers them all alike, before reading any.
     */
    private void fuzz(Fuzzer fuzzer, Wire wire, Operation operation, List<Attempt> attempts) {
        var places = new LinkedHashMap<String, String>();
        places.put("gateway", system.baseUrl());
        if (services.containsKey(operation.service())) {
            places.put(operation.service(), services.get(operation.service()));
        }
        for (var place : places.entrySet()) {
            // the operation's own path, good but for an Accept it cannot meet: security answers first, if closed
            var probe = attempts.stream().filter(attempt -> attempt.label().startsWith("Accept: ")).findFirst();
            boolean closed = probe.isPresent() && wire.send(place.getValue(), null, probe.get(), null).status() == 401;
            var anonymous = closed ? IntStream.range(0, attempts.size()).filter(i -> i % 10 == 0)
                    .mapToObj(attempts::get).toList() : attempts;
            fuzzer.run(place.getKey() + " anonymous", place.getValue(), null, operation, anonymous);
            // a key rotation takes no input at all: every request an administrator sends would rotate the keys
            if (!operation.path().equals("/api/auth/keys")) {
                fuzzer.run(place.getKey() + " admin", place.getValue(), admin.accessToken(), operation, attempts);
            }
        }
    }

    /** Every operation of the four documents, read from the running system as a client of the API would. */
    private List<Operation> operations() {
        var operations = new ArrayList<Operation>();
        for (var service : services.entrySet()) {
            var direct = document(service.getValue() + "/v3/api-docs");
            var viaGateway = document(system.baseUrl() + "/api/docs/" + service.getKey());
            assertThat(viaGateway.get("paths").propertyNames()).as("the gateway publishes " + service.getKey() + "'s document")
                    .containsExactlyInAnyOrderElementsOf(direct.get("paths").propertyNames());
            operations.addAll(OpenApiOperations.of(service.getKey(), direct));
        }
        operations.addAll(OpenApiOperations.of("gateway", document(system.baseUrl() + "/v3/api-docs")));
        return operations;
    }

    private static JsonNode document(String url) {
        try (var wire = new Wire()) {
            int split = url.indexOf('/', "http://".length());
            var answer = wire.get(url.substring(0, split), null, url.substring(split));
            assertThat(answer.status()).as(url).isEqualTo(200);
            return json.readTree(answer.body());
        }
    }

    /** Values the running system knows, so that good parts of a request are good: a book, its copy, a patron. */
    private Map<String, String> known() {
        // the demo copy and patron the launcher names for a first check-out
        var copy = new AtomicReference<JsonNode>();
        await().atMost(Duration.ofSeconds(60)).until(() -> {
            copy.set(admin.get("/api/copies/" + DEMO_ITEM).body());
            return copy.get() != null && copy.get().has("bookId");
        });
        String bookId = copy.get().get("bookId").asString();
        var patron = admin.get("/api/patrons?barcode=" + DEMO_PATRON).body().get("content").get(0);
        var known = new HashMap<String, String>();
        known.put("bookId", bookId);
        known.put("ids", bookId);
        known.put("copyBarcode", DEMO_ITEM);
        known.put("itemBarcode", DEMO_ITEM);
        known.put("patronId", patron.get("id").asString());
        known.put("patronBarcode", patron.get("barcode").asString());
        known.put("policyId", "standard");
        known.put("patronCategory", "adult");
        known.put("category", "adult");
        known.put("format", "csv");
        known.put("q", "fuzz");
        known.put("from", "2031-01-01");
        known.put("language", "en");
        known.put("isbn", "9780306406157");
        known.put("dateOfBirth", "1990-05-01");
        known.put("phone", "+44 20 7946 0000");
        known.put("username", "fuzz.nobody");
        known.put("password", "not the password at all");
        known.put("currentPassword", "not the password at all");
        known.put("newPassword", "another long password");
        known.put("sort", "relevance");
        return known;
    }

    /** The good value of a path parameter; a DELETE only ever names what does not exist. */
    private static String pathValue(Map<String, String> known, Operation operation, String parameter) {
        boolean delete = operation.method().equals("DELETE");
        return switch (parameter) {
            case "id" -> {
                if (!delete && operation.path().startsWith("/api/books")) {
                    yield known.get("bookId");
                } else if (!delete && operation.path().startsWith("/api/patrons")) {
                    yield known.get("patronId");
                } else if (operation.path().startsWith("/api/policies")) {
                    yield "fuzz-policy";
                }
                yield UUID.randomUUID().toString();
            }
            case "barcode" -> delete ? "FUZZ-MISSING" : known.get("copyBarcode");
            case "code" -> "fuzz-category";
            case "branch" -> "fuzz-branch";
            case "day" -> "2031-01-07";
            default -> "fuzz";
        };
    }

    /** What each service holds, as its listings show it. */
    private static Map<String, List<String>> listings(Map<String, String> known) {
        String patron = known.get("patronId");
        return Map.of(
                "catalog", List.of("/api/books/exports?format=csv", "/api/books/" + known.get("bookId") + "/copies"),
                "patrons", List.of("/api/patrons?size=100", "/api/patron-categories", "/api/staff"),
                "circulation", List.of("/api/policies", "/api/policy-rules", "/api/calendar/weekly-closings",
                        "/api/calendar/closed-days?from=2000-01-01", "/api/loans?patronId=" + patron + "&size=100",
                        "/api/holds?patronId=" + patron, "/api/fines?patronId=" + patron));
    }
}
