package org.shelfwise.gateway.routing;

import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Stops the load balancer's health checks once the gateway takes no more requests, before the HTTP client's event
 * loops shut down. Left running, a check every couple of seconds keeps those loops from ever going quiet, and every
 * shutdown would wait out Reactor Netty's 15 s timeout and end with a warning.
 */
@Component
class HealthChecksShutdown implements SmartLifecycle {

    // after the web server's graceful shutdown (phases near Integer.MAX_VALUE), before Reactor's resources (phase 0)
    private static final int PHASE = 1;

    private final LoadBalancerClientFactory loadBalancers;
    private volatile boolean running;

    HealthChecksShutdown(LoadBalancerClientFactory loadBalancers) {
        this.loadBalancers = loadBalancers;
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        // closes each service's load-balancer context, and with it the health checks that context runs
        loadBalancers.destroy();
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
