package org.shelfwise.gateway.routing;

import org.springframework.cloud.loadbalancer.annotation.LoadBalancerClients;
import org.springframework.context.annotation.Configuration;

/** Every service's instances are balanced over as {@link PatientHealthChecks} lists them. */
@Configuration(proxyBeanMethods = false)
@LoadBalancerClients(defaultConfiguration = PatientHealthChecks.class)
class LoadBalancing {
}
