/**
 * Routing and load balancing (configured in application.yml) and what keeps their health checks from delaying a stop.
 */
package org.shelfwise.gateway.routing;
