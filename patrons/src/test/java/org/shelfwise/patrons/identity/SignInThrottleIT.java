package org.shelfwise.patrons.identity;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.patrons.CountingPasswords;
import org.shelfwise.patrons.PatronsIntegrationTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/** The throttle on failed sign-ins: the same for every username, and per client address (tests sign in at 5 failures). */
@PatronsIntegrationTest
class SignInThrottleIT {

    static final String PASSWORD = "a long patron password";
    static final int LOCKOUT_AFTER = 5;
    static final AtomicInteger addresses = new AtomicInteger();

    @LocalServerPort
    int port;
    HttpJson api;

    @BeforeEach
    void api() {
        api = new HttpJson(port);
    }

    /** A client address no other test uses (the gateway forwards it in X-Forwarded-For). */
    static String anotherAddress() {
        int n = addresses.incrementAndGet();
        return "198.51." + n / 250 + "." + (n % 250 + 1);
    }

    HttpJson.Response signIn(HttpJson from, String username, String password) {
        return from.post("/api/auth/token", "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password));
    }

    String patronWithPassword() {
        var created = api.signedInAs("admin", PatronsIntegrationTest.ADMIN_PASSWORD).post("/api/patrons",
                "{\"name\":\"Ada Lovelace\",\"email\":\"ada.%s@example.org\",\"password\":\"%s\"}"
                        .formatted(UUID.randomUUID(), PASSWORD));
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("barcode").asString();
    }

    @Test
    void answersAnUnknownUsernameExactlyAsAKnownOneWithAWrongPassword() {
        var client = api.header("X-Forwarded-For", anotherAddress());
        String barcode = patronWithPassword();
        var known = signIn(client, barcode, "wrong " + UUID.randomUUID());
        var unknown = signIn(client, "nobody-" + UUID.randomUUID(), "wrong " + UUID.randomUUID());

        assertThat(unknown.status()).isEqualTo(known.status()).isEqualTo(401);
        assertThat(unknown.contentType()).isEqualTo(known.contentType());
        for (String field : new String[]{"type", "title", "status", "detail"}) {
            assertThat(unknown.body().get(field)).as(field).isEqualTo(known.body().get(field));
        }
        assertThat(unknown.headers().map().keySet()).isEqualTo(known.headers().map().keySet());
    }

    @Test
    void checksAnUnknownUsernamesPasswordAgainstAHashOfTheSameKindAndCostAsAKnownOnes() {
        var client = api.header("X-Forwarded-For", anotherAddress());
        String barcode = patronWithPassword();
        String forKnown = "wrong " + UUID.randomUUID();
        String forUnknown = "wrong " + UUID.randomUUID();
        signIn(client, barcode, forKnown);
        signIn(client, "nobody-" + UUID.randomUUID(), forUnknown);

        var known = CountingPasswords.of(forKnown);
        var unknown = CountingPasswords.of(forUnknown);
        assertThat(known).hasSize(1);
        assertThat(unknown).as("one hash check, as for a known username").hasSize(1);
        // {bcrypt}$2a$10$...: the same algorithm and the same cost, so the same work
        assertThat(costOf(unknown.getFirst().hash())).isEqualTo(costOf(known.getFirst().hash())).startsWith("{bcrypt}$2");
    }

    @Test
    void locksAnUnknownUsernameOutAfterAsManyFailuresAsAKnownOne() {
        var client = api.header("X-Forwarded-For", anotherAddress());
        String barcode = patronWithPassword();
        String nobody = "nobody-" + UUID.randomUUID();
        for (int attempt = 1; attempt < LOCKOUT_AFTER; attempt++) {
            assertThat(signIn(client, barcode, "wrong " + attempt).status()).isEqualTo(401);
            assertThat(signIn(client, nobody, "wrong " + attempt).status()).isEqualTo(401);
        }
        var known = signIn(client, barcode, "wrong again");
        var unknown = signIn(client, nobody, "wrong again");

        assertThat(known.status()).isEqualTo(423);
        assertThat(unknown.status()).isEqualTo(423);
        assertThat(unknown.body().get("type")).isEqualTo(known.body().get("type"));
        assertThat(unknown.body().get("detail")).isEqualTo(known.body().get("detail"));
        assertThat(unknown.headers().firstValue("Retry-After")).isEqualTo(known.headers().firstValue("Retry-After"));
    }

    @Test
    void locksOutOnlyTheAddressTheFailuresCameFrom() {
        String barcode = patronWithPassword();
        var attacker = api.header("X-Forwarded-For", anotherAddress());
        for (int attempt = 1; attempt <= LOCKOUT_AFTER; attempt++) {
            signIn(attacker, barcode, "guess " + attempt);
        }
        assertThat(signIn(attacker, barcode, PASSWORD).status()).as("locked, even with the right password").isEqualTo(423);
        assertThat(signIn(attacker, barcode, PASSWORD).body().get("type").asString())
                .isEqualTo("urn:shelfwise:problem:sign-in-locked");

        assertThat(signIn(api.header("X-Forwarded-For", anotherAddress()), barcode, PASSWORD).status())
                .as("the account holder at their own desk").isEqualTo(200);
    }

    @Test
    void onlySlowsDownAnAccountThatFailsFromEverywhereNeverLocksIt() {
        String barcode = patronWithPassword();
        // more failures in all than lock an address, never enough from any one address to lock it
        for (int address = 0; address < 3; address++) {
            var attacker = api.header("X-Forwarded-For", anotherAddress());
            for (int attempt = 1; attempt < LOCKOUT_AFTER - 2; attempt++) {
                assertThat(signIn(attacker, barcode, "guess " + attempt).status()).isEqualTo(401);
            }
        }
        var holder = api.header("X-Forwarded-For", anotherAddress());
        assertThat(signIn(holder, barcode, "a typo").status()).as("refused, not locked").isEqualTo(401);
        assertThat(signIn(holder, barcode, PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void countsAWrongCurrentPasswordOnAPasswordChangeAsAFailedSignIn() {
        String barcode = patronWithPassword();
        var thief = api.header("X-Forwarded-For", anotherAddress());
        String stolenToken = signIn(api.header("X-Forwarded-For", anotherAddress()), barcode, PASSWORD).body().get("access_token").asString();
        String change = "{\"currentPassword\":\"%s\",\"newPassword\":\"the thief's own password\"}";

        for (int attempt = 1; attempt < LOCKOUT_AFTER; attempt++) {
            assertThat(thief.put("/api/auth/password", change.formatted("guess " + attempt), stolenToken).status())
                    .isEqualTo(403);
        }
        assertThat(signIn(thief, barcode, "guess 5").status()).as("the fifth failure, by sign-in").isEqualTo(423);
        assertThat(thief.put("/api/auth/password", change.formatted(PASSWORD), stolenToken).status())
                .as("the change is locked out too, even with the right password").isEqualTo(423);
        assertThat(signIn(api.header("X-Forwarded-For", anotherAddress()), barcode, PASSWORD).status())
                .as("the password did not change").isEqualTo(200);
    }

    @Test
    void changingThePasswordEndsEverySessionOfTheAccount() {
        String barcode = patronWithPassword();
        var desk = api.header("X-Forwarded-For", anotherAddress());
        var first = signIn(desk, barcode, PASSWORD).body();
        String second = signIn(api.header("X-Forwarded-For", anotherAddress()), barcode, PASSWORD).body().get("refresh_token").asString();

        assertThat(desk.put("/api/auth/password",
                "{\"currentPassword\":\"%s\",\"newPassword\":\"a brand new password\"}".formatted(PASSWORD),
                first.get("access_token").asString()).status()).isEqualTo(204);

        assertThat(refresh(first.get("refresh_token").asString()).status()).isEqualTo(401);
        assertThat(refresh(second).status()).isEqualTo(401);
        String fresh = signIn(desk, barcode, "a brand new password").body().get("refresh_token").asString();
        assertThat(refresh(fresh).status()).as("a session started after the change").isEqualTo(200);
    }

    @Test
    void refusesAWrongCurrentPasswordWithoutChangingAnythingOrEndingSessions() {
        String barcode = patronWithPassword();
        var desk = api.header("X-Forwarded-For", anotherAddress());
        var session = signIn(desk, barcode, PASSWORD).body();

        var wrong = desk.put("/api/auth/password",
                "{\"currentPassword\":\"not it\",\"newPassword\":\"a brand new password\"}",
                session.get("access_token").asString());

        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.body().get("errors").get(0).get("field").asString()).isEqualTo("currentPassword");
        assertThat(refresh(session.get("refresh_token").asString()).status()).isEqualTo(200);
        assertThat(signIn(desk, barcode, PASSWORD).status()).isEqualTo(200);
    }

    private HttpJson.Response refresh(String token) {
        return api.post("/api/auth/refresh", "{\"refresh_token\":\"" + token + "\"}");
    }

    /** A stored hash up to its salt: the algorithm, its version and its cost. */
    private static String costOf(String hash) {
        return hash.substring(0, hash.lastIndexOf('$') + 1);
    }
}
