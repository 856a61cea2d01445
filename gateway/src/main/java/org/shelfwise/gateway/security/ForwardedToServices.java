package org.shelfwise.gateway.security;

import org.springframework.cloud.gateway.filter.headers.HttpHeadersFilter;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.web.server.ServerWebExchange;

/**
 * Tells the services who called and how, as the gateway established it ({@link TrustedProxies}): the client's
 * address alone in {@code X-Forwarded-For} (the sign-in throttle counts per address), and the public scheme, host
 * and port (for the links and the API documents' {@code servers}). Spring Cloud Gateway's own X-Forwarded filter
 * keeps, with trusted proxies set, only the addresses of proxies, never the client's; without, it sends nothing.
 * The services believe these headers from the gateway only.
 */
final class ForwardedToServices implements HttpHeadersFilter, Ordered {

    @Override
    public int getOrder() {
        return 1; // after Spring Cloud Gateway's RemoveXForwardedHeadersFilter (0), which would remove these
    }

    @Override
    public HttpHeaders filter(HttpHeaders input, ServerWebExchange exchange) {
        var request = exchange.getRequest();
        var uri = request.getURI();
        var headers = new HttpHeaders();
        input.headerSet().forEach(header -> {
            if (!header.getKey().regionMatches(true, 0, "X-Forwarded-", 0, 12)
                    && !header.getKey().equalsIgnoreCase("Forwarded")) {
                headers.addAll(header.getKey(), header.getValue());
            }
        });
        String client = Caller.clientAddress(request);
        if (client != null) {
            headers.set("X-Forwarded-For", client);
        }
        boolean https = "https".equalsIgnoreCase(uri.getScheme());
        int port = uri.getPort() < 0 ? (https ? 443 : 80) : uri.getPort();
        headers.set("X-Forwarded-Proto", https ? "https" : "http");
        headers.set("X-Forwarded-Host", uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()));
        headers.set("X-Forwarded-Port", Integer.toString(port));
        return headers;
    }
}
