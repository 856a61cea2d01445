package org.shelfwise.launcher.demo;

import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.Session;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/**
 * The demo loader's view of the public API, as any client of Shelfwise would see it: the one JSON client
 * ({@link HttpJson}) signed in as one account, its token renewed before it expires ({@link Session}), with the
 * loader's two habits: waiting out a gateway that has no healthy instance yet, and signing in afresh once when a
 * token is refused.
 */
final class GatewayClient {

    private static final int ATTEMPTS = 10;
    private static final Duration RETRY_DELAY = Duration.ofSeconds(1);

    private final URI gateway;
    private final JsonMapper json;
    private final String username;
    private final String password;
    private Session session;

    GatewayClient(URI gateway, JsonMapper json, String username, String password) {
        this.gateway = gateway;
        this.json = json;
        this.username = username;
        this.password = password;
    }

    int port() {
        return gateway.getPort();
    }

    /**
     * Posts, trying again while the gateway answers 503: it has no healthy instance of the service yet, as happens
     * for a few seconds after startup until its health checks have run. Such a request reached no service, and
     * the demo data is keyed (ISBN, barcode, e-mail), so a repeat could at worst meet a 409.
     */
    HttpJson.Response post(String path, Object body) throws IOException, InterruptedException {
        String payload = json.writeValueAsString(body);
        var reply = untilServed(() -> client().post(path, payload));
        if (reply.status() == 401) {
            // the token was refused before it expired (a restarted system, revoked sign-in): sign in afresh, once
            session.signInAgain();
            reply = untilServed(() -> client().post(path, payload));
        }
        return reply;
    }

    /** Puts, as {@link #post} posts: a PUT is idempotent, so a repeat does no harm at all. */
    HttpJson.Response put(String path, Object body) throws IOException, InterruptedException {
        String payload = json.writeValueAsString(body);
        var reply = untilServed(() -> client().put(path, payload));
        if (reply.status() == 401) {
            session.signInAgain();
            reply = untilServed(() -> client().put(path, payload));
        }
        return reply;
    }

    HttpJson.Response get(String path) throws IOException, InterruptedException {
        return untilServed(() -> client().get(path));
    }

    private HttpJson client() {
        if (session == null) {
            session = Session.signIn(gateway.toString().replaceAll("/$", ""), username, password);
        }
        return HttpJson.at(gateway.toString().replaceAll("/$", "")).header("Accept", "application/json")
                .signedIn(session);
    }

    private interface Request {
        HttpJson.Response send();
    }

    private static HttpJson.Response untilServed(Request request) throws IOException, InterruptedException {
        for (int attempt = 1; ; attempt++) {
            HttpJson.Response reply;
            try {
                reply = request.send();
            } catch (IllegalStateException e) {
                throw new IOException(e.getMessage(), e);
            }
            if (reply.status() != 503 || attempt == ATTEMPTS) {
                return reply;
            }
            Thread.sleep(RETRY_DELAY);
        }
    }
}
