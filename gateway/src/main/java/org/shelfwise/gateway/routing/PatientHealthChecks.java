package org.shelfwise.gateway.routing;

import java.time.Duration;

import io.micrometer.observation.ObservationRegistry;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.cloud.client.ServiceInstance;
import org.springframework.cloud.client.loadbalancer.CompletionContext;
import org.springframework.cloud.client.loadbalancer.LoadBalancerLifecycle;
import org.springframework.cloud.client.loadbalancer.Request;
import org.springframework.cloud.client.loadbalancer.Response;
import org.springframework.cloud.loadbalancer.core.HealthCheckServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Each service's load-balancer context (registered by {@link LoadBalancing}, not scanned): the instances the
 * discovery client lists, those whose readiness {@link ReadinessChecks} last confirmed, at the interval and path
 * configured under {@code spring.cloud.loadbalancer.health-check}; an instance that said it was ready is asked
 * again after {@code shelfwise.gateway.health-check.ready-for}, or at the next check once a call to it failed.
 */
class PatientHealthChecks {

    @Bean
    ReadinessChecks readinessChecks(LoadBalancerClientFactory factory, WebClient.Builder builder, Environment environment) {
        String service = environment.getProperty(LoadBalancerClientFactory.PROPERTY_NAME);
        // read as Boot reads it ("10s"): this context's environment converts no durations itself
        Duration readyFor = DurationStyle.detectAndParse(
                environment.getRequiredProperty("shelfwise.gateway.health-check.ready-for"));
        Duration interval = factory.getProperties(service).getHealthCheck().getInterval();
        // unobserved: a timer and a span for each check of each instance, which nobody reads
        var client = builder.observationRegistry(ObservationRegistry.NOOP).build();
        return new ReadinessChecks(client, interval.multipliedBy(3).dividedBy(4), readyFor);
    }

    @Bean
    ServiceInstanceListSupplier instances(ConfigurableApplicationContext context) {
        return ServiceInstanceListSupplier.builder()
                .withDiscoveryClient()
                .with((lbContext, discovered) -> new HealthCheckServiceInstanceListSupplier(discovered,
                        lbContext.getBean(LoadBalancerClientFactory.class), lbContext.getBean(ReadinessChecks.class)))
                .build(context);
    }

    /** A call that failed on an instance (refused, reset, timed out) has its next check ask it again. */
    @Bean
    LoadBalancerLifecycle<Object, Object, ServiceInstance> suspectOnFailure(ReadinessChecks checks) {
        return new LoadBalancerLifecycle<>() {
            @Override
            public void onStart(Request<Object> request) {
            }

            @Override
            public void onStartRequest(Request<Object> request, Response<ServiceInstance> response) {
            }

            @Override
            public void onComplete(CompletionContext<Object, ServiceInstance, Object> completion) {
                var chosen = completion.getLoadBalancerResponse();
                if (completion.status() == CompletionContext.Status.FAILED && chosen != null && chosen.hasServer()) {
                    checks.suspect(chosen.getServer());
                }
            }
        };
    }
}
