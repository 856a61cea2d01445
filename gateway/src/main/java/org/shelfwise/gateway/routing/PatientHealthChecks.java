package org.shelfwise.gateway.routing;

import org.springframework.cloud.client.loadbalancer.LoadBalancerProperties;
import org.springframework.cloud.loadbalancer.core.HealthCheckServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.core.ServiceInstanceListSupplier;
import org.springframework.cloud.loadbalancer.support.LoadBalancerClientFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * Each service's load-balancer context (registered by {@link LoadBalancing}, not scanned): the instances the
 * discovery client lists, those whose readiness {@link ReadinessChecks} last confirmed, at the interval and path
 * configured under {@code spring.cloud.loadbalancer.health-check}.
 */
class PatientHealthChecks {

    @Bean
    ServiceInstanceListSupplier instances(ConfigurableApplicationContext context) {
        return ServiceInstanceListSupplier.builder()
                .withDiscoveryClient()
                .with((lbContext, discovered) -> {
                    var factory = lbContext.getBean(LoadBalancerClientFactory.class);
                    LoadBalancerProperties properties = factory.getProperties(discovered.getServiceId());
                    var interval = properties.getHealthCheck().getInterval();
                    var client = lbContext.getBean(WebClient.Builder.class).build();
                    return new HealthCheckServiceInstanceListSupplier(discovered, factory,
                            new ReadinessChecks(client, interval.multipliedBy(3).dividedBy(4)));
                })
                .build(context);
    }
}
