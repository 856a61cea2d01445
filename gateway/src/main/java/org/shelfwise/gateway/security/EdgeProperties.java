package org.shelfwise.gateway.security;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * What the gateway believes of the network in front of it, and what it asks of browsers.
 *
 * @param trustedProxies addresses or ranges ({@code 10.0.0.0/8}) of the proxies or load balancers in front of the
 *                       gateway, whose forwarded headers it believes; empty (the default): none, the gateway is the
 *                       edge
 * @param hstsMaxAge     how long a browser that reached the API over HTTPS keeps to HTTPS for it
 *                       ({@code Strict-Transport-Security}, sent on HTTPS answers only)
 */
@ConfigurationProperties("shelfwise.gateway.edge")
public record EdgeProperties(@DefaultValue List<String> trustedProxies, @DefaultValue("365d") Duration hstsMaxAge) {
}
