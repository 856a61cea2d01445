package org.shelfwise.gateway;

import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.reactive.server.WebTestClient;

/**
 * The running gateway in front of real HTTP stand-ins for every service: two catalog instances, one patrons, one
 * circulation. All integration tests share it, so the application starts once per build.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"shelfwise.gateway.summary.timeout=1s",
                // every read reaches the stubs: the catalogue cache has its own test (CatalogueCacheIT)
                "shelfwise.gateway.cache.enabled=false",
                "shelfwise.gateway.cors.allowed-origins=https://desk.library.example",
                // short enough for tests to meet a timeout; circulation's breaker opens after 3 failures in a row
                "CIRCULATION_TIMEOUT_MS=700",
                "resilience4j.circuitbreaker.instances.circulation.sliding-window-size=3",
                "resilience4j.circuitbreaker.instances.circulation.minimum-number-of-calls=3",
                "resilience4j.circuitbreaker.instances.circulation.failure-rate-threshold=100",
                // sign-in allows 3 requests, then one a minute; no test but the rate limit's signs in
                "RATE_LIMIT_SIGN_IN_BURST=3", "RATE_LIMIT_SIGN_IN_PER_SECOND=0.0167"})
@AutoConfigureWebTestClient(timeout = "30s")
public abstract class GatewayWithStubServices {

    protected static final StubService catalogA = StubService.start("catalog-a");
    protected static final StubService catalogB = StubService.start("catalog-b");
    protected static final StubService patrons = StubService.start("patrons");
    protected static final StubService circulation = StubService.start("circulation");
    protected static final StubService notifications = StubService.start("notifications");
    protected static final StubService web = StubService.start("web");
    // the patrons service's published keys, on a stub of their own that no test stops
    protected static final StubService keys = StubService.start("keys")
            .on("GET", "/api/auth/jwks", call -> StubService.Reply.json(TestTokens.jwks()));

    @DynamicPropertySource
    static void instances(DynamicPropertyRegistry registry) {
        // the same property names the local launcher passes on the command line
        String instances = "spring.cloud.discovery.client.simple.instances.";
        registry.add(instances + "catalog[0].uri", catalogA::uri);
        registry.add(instances + "catalog[1].uri", catalogB::uri);
        registry.add(instances + "patrons[0].uri", patrons::uri);
        registry.add(instances + "circulation[0].uri", circulation::uri);
        registry.add(instances + "notifications[0].uri", notifications::uri);
        registry.add(instances + "web[0].uri", web::uri);
        registry.add("shelfwise.security.jwks-uri", () -> keys.uri() + "/api/auth/jwks");
    }

    /** The gateway, called by a librarian: every request carries a valid LIBRARIAN token unless it sets its own. */
    protected WebTestClient gateway;

    /** The gateway, called without a token. */
    protected WebTestClient anonymous;

    @Autowired
    void clients(WebTestClient client) {
        anonymous = client;
        gateway = client.mutate().defaultHeader("Authorization", "Bearer " + TestTokens.librarian()).build();
    }
}
