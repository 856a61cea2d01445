package org.shelfwise.platform.web;

import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationPredicate;
import org.springframework.http.server.observation.ServerRequestObservationContext;

/**
 * Leaves the readiness and liveness probes out of the request metrics and traces. The gateway asks every instance
 * whether it is ready (every 2 s until it is, then every 10 s), and Kubernetes its own probes in production: at rest
 * these were all an instance observed, each one a timer update and a span that nobody reads.
 */
public class UnobservedProbes implements ObservationPredicate {

    static final String HEALTH = "/actuator/health";

    @Override
    public boolean test(String name, Observation.Context context) {
        return !(context instanceof ServerRequestObservationContext request
                && request.getCarrier().getRequestURI().startsWith(HEALTH));
    }
}
