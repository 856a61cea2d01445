package org.shelfwise.platform.web;

import io.micrometer.observation.Observation;
import org.junit.jupiter.api.Test;
import org.springframework.http.server.observation.ServerRequestObservationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class UnobservedProbesTest {

    final UnobservedProbes probes = new UnobservedProbes();

    boolean observed(String path) {
        var request = new MockHttpServletRequest("GET", path);
        return probes.test("http.server.requests", new ServerRequestObservationContext(request, new MockHttpServletResponse()));
    }

    @Test
    void leavesTheHealthProbesUnobserved() {
        assertThat(observed("/actuator/health/readiness")).isFalse();
        assertThat(observed("/actuator/health/liveness")).isFalse();
        assertThat(observed("/actuator/health")).isFalse();
    }

    @Test
    void observesEveryOtherRequestAndEverythingElse() {
        assertThat(observed("/api/books")).isTrue();
        assertThat(observed("/actuator/metrics")).isTrue();
        assertThat(probes.test("outbox.relay", new Observation.Context())).isTrue();
    }
}
