package org.shelfwise.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.shelfwise.gateway.StubService;
import org.shelfwise.gateway.StubService.Reply;
import org.springframework.cloud.client.DefaultServiceInstance;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.web.reactive.function.client.WebClient;

class ReadinessChecksTest {

    static final String PATH = "/actuator/health/readiness";

    static final WebClient client = WebClient.create();

    final StubService catalog = StubService.start("catalog");
    /** Asks at every check, as for an instance not ready or not heard from. */
    final ReadinessChecks checks = new ReadinessChecks(client, Duration.ofSeconds(1), Duration.ZERO);
    final AtomicLong now = new AtomicLong();
    /** Believes a "ready" for 20 s of {@link #now}. */
    final ReadinessChecks believing = new ReadinessChecks(client, Duration.ofSeconds(1), Duration.ofSeconds(20), now::get);
    final AtomicBoolean busy = new AtomicBoolean();

    @BeforeAll
    static void warmUp() {
        // the client's first request sets up its event loops and connection pool, which a busy machine may take
        // longer than a check's patience to do
        var stub = StubService.start("warm-up");
        client.get().uri(stub.uri() + PATH).retrieve().toBodilessEntity().block(Duration.ofSeconds(30));
        stub.stop();
    }

    @AfterEach
    void stop() {
        catalog.stop();
    }

    ServiceInstance instance(String uri) {
        var address = URI.create(uri);
        return new DefaultServiceInstance("catalog-1", "catalog", address.getHost(), address.getPort(), false);
    }

    boolean check(ServiceInstance instance) {
        return checks.apply(instance, PATH).block(Duration.ofSeconds(5));
    }

    @Test
    void anAnswerDecides() {
        var instance = instance(catalog.uri());
        assertThat(check(instance)).isTrue();
        catalog.ready(false);
        assertThat(check(instance)).isFalse();
        catalog.ready(true);
        assertThat(check(instance)).isTrue();
    }

    @Test
    void aReadyInstanceIsBelievedWithoutAskingUntilReadyForHasPassed() {
        var instance = instance(catalog.uri());
        assertThat(believing.apply(instance, PATH).block(Duration.ofSeconds(5))).isTrue();
        catalog.ready(false);
        now.addAndGet(Duration.ofSeconds(19).toNanos());
        assertThat(believing.apply(instance, PATH).block(Duration.ofSeconds(5))).as("believed").isTrue();
        assertThat(catalog.calls("GET", PATH)).hasSize(1);

        now.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(believing.apply(instance, PATH).block(Duration.ofSeconds(5))).as("asked again").isFalse();
        catalog.ready(true);
        assertThat(believing.apply(instance, PATH).block(Duration.ofSeconds(5))).as("not ready: asked at once").isTrue();
        assertThat(catalog.calls("GET", PATH)).hasSize(3);
    }

    @Test
    void anInstanceOnWhichACallFailedIsAskedAtTheNextCheck() {
        var instance = instance(catalog.uri());
        assertThat(believing.apply(instance, PATH).block(Duration.ofSeconds(5))).isTrue();
        catalog.ready(false);
        believing.suspect(instance);
        assertThat(believing.apply(instance, PATH).block(Duration.ofSeconds(5))).isFalse();
    }

    @Test
    void aRefusedConnectionIsNotReady() {
        assertThat(check(instance(StubService.deadInstance()))).isFalse();
    }

    @Test
    void aLateAnswerKeepsTheLastOneForTwoChecksThenTheInstanceLeavesRotation() {
        var instance = instance(catalog.uri());
        catalog.on("GET", PATH, call -> {
            if (busy.get()) {
                sleep(Duration.ofMillis(2500));
            }
            return Reply.json("{\"status\":\"UP\"}");
        });
        assertThat(check(instance)).isTrue();

        busy.set(true);
        assertThat(check(instance)).as("first silent check").isTrue();
        assertThat(check(instance)).as("second silent check").isTrue();
        assertThat(check(instance)).as("third silent check").isFalse();

        busy.set(false);
        assertThat(check(instance)).as("answering again").isTrue();
    }

    @Test
    void anInstanceNeverHeardFromIsNotReadyWhileSilent() {
        catalog.on("GET", PATH, call -> {
            sleep(Duration.ofMillis(2500));
            return Reply.json("{\"status\":\"UP\"}");
        });
        assertThat(check(instance(catalog.uri()))).isFalse();
    }

    static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
