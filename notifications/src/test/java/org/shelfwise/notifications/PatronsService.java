package org.shelfwise.notifications;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Stands in for the patrons service's {@code GET /api/patrons/{id}} over real HTTP: the patrons it was told exist
 * answer 200, any other 404. It keeps the Authorization header of each call, and can be stopped and started again on
 * the same port, to be unreachable for a while.
 */
final class PatronsService {

    private final int port = freePort();
    private final Set<UUID> patrons = ConcurrentHashMap.newKeySet();
    final List<String> authorizations = new CopyOnWriteArrayList<>();
    private volatile HttpServer server;

    PatronsService() {
        start();
    }

    String url() {
        return "http://127.0.0.1:" + port;
    }

    void register(UUID patronId) {
        patrons.add(patronId);
    }

    synchronized void start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/patrons/", exchange -> {
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            String id = exchange.getRequestURI().getPath().substring("/api/patrons/".length());
            boolean known = patrons.stream().anyMatch(patron -> patron.toString().equals(id));
            byte[] body = (known ? "{\"id\":\"" + id + "\"}" : "{\"status\":404}").getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", known ? "application/json" : "application/problem+json");
            exchange.sendResponseHeaders(known ? 200 : 404, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    synchronized void stop() {
        server.stop(0);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
