package org.shelfwise.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.function.Function;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on a loopback port that stands in for one instance of a service: it answers the load
 * balancer's readiness checks, answers the paths a test gives it, and records every call it receives.
 */
public final class StubService {

    /** A call the stub received. */
    public record Call(String method, String path, String query, Map<String, String> headers) {

        public String header(String name) {
            return headers.get(name.toLowerCase());
        }
    }

    /** What the stub answers. */
    public record Reply(int status, String contentType, String body, Map<String, String> headers) {

        public Reply(int status, String contentType, String body) {
            this(status, contentType, body, Map.of());
        }

        /** The same answer with one more header. */
        public Reply with(String name, String value) {
            var more = new java.util.LinkedHashMap<>(headers);
            more.put(name, value);
            return new Reply(status, contentType, body, more);
        }

        public static Reply json(String body) {
            return new Reply(200, "application/json", body);
        }

        public static Reply problem(int status, String body) {
            return new Reply(status, "application/problem+json", body);
        }
    }

    private final String name;
    private final Map<String, Function<Call, Reply>> replies = new ConcurrentHashMap<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final int port;
    private HttpServer server;

    private StubService(String name, int port) {
        this.name = name;
        this.port = port;
        ready(true);
    }

    /** Starts a stub on a free loopback port. */
    public static StubService start(String name) {
        var stub = new StubService(name, unusedPort());
        stub.restart();
        return stub;
    }

    /** The base URI of a loopback port where nothing listens: an instance that is down. */
    public static String deadInstance() {
        return "http://127.0.0.1:" + unusedPort();
    }

    public StubService on(String method, String path, Function<Call, Reply> reply) {
        replies.put(method + " " + path, reply);
        return this;
    }

    /** Makes the readiness probe the load balancer checks answer UP (200) or OUT_OF_SERVICE (503). */
    public StubService ready(boolean ready) {
        return on("GET", "/actuator/health/readiness", call -> ready
                ? Reply.json("{\"status\":\"UP\"}")
                : new Reply(503, "application/json", "{\"status\":\"OUT_OF_SERVICE\"}"));
    }

    public String name() {
        return name;
    }

    public String uri() {
        return "http://127.0.0.1:" + port;
    }

    /** The calls received for one method and path, leaving out the load balancer's health checks elsewhere. */
    public List<Call> calls(String method, String path) {
        return calls.stream().filter(call -> call.method().equals(method) && call.path().equals(path)).toList();
    }

    public synchronized void stop() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    /** Listens again on the same port, as a restarted instance would. */
    public synchronized void restart() {
        if (server != null) {
            return;
        }
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::answer);
        server.start();
    }

    private void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            var headers = new ConcurrentHashMap<String, String>();
            exchange.getRequestHeaders().forEach((key, values) -> headers.put(key.toLowerCase(), values.getFirst()));
            var uri = exchange.getRequestURI();
            var call = new Call(exchange.getRequestMethod(), uri.getPath(), uri.getRawQuery(), headers);
            calls.add(call);
            exchange.getRequestBody().readAllBytes();
            Reply reply = replies.getOrDefault(call.method() + " " + call.path(), unknown -> Reply.problem(404,
                    "{\"type\":\"urn:shelfwise:problem:not-found\",\"title\":\"Not Found\",\"status\":404}"))
                    .apply(call);
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", reply.contentType());
            reply.headers().forEach(exchange.getResponseHeaders()::set);
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            exchange.getResponseBody().write(body);
        }
    }

    private static int unusedPort() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
