package org.shelfwise.gateway.security;

import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import io.netty.util.NetUtil;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.server.adapter.ForwardedHeaderTransformer;
import reactor.core.publisher.Mono;

/**
 * Believes the forwarded headers ({@code X-Forwarded-For}, {@code -Proto}, {@code -Host}, {@code -Port},
 * {@code -Prefix}) only from a proxy the gateway is told to trust ({@code GATEWAY_TRUSTED_PROXIES}; none by
 * default, the gateway being the edge): from anyone else they are removed before anything reads them, so that no
 * client can name the host of the Swagger UI's redirect and of the API documents, pass a plain request off as
 * HTTPS, or pose as another address to the rate limits and the sign-in throttle. From a trusted proxy, the client
 * is the last address in {@code X-Forwarded-For} that is not a trusted proxy itself: what a client wrote at the
 * start of the header is its own claim. {@code Forwarded} (RFC 7239) is not used and always removed.
 */
final class TrustedProxies implements WebFilter, Ordered {

    private final AddressRanges proxies;
    private final ForwardedHeaderTransformer apply = new ForwardedHeaderTransformer();
    private final ForwardedHeaderTransformer remove = new ForwardedHeaderTransformer();

    /** {@code proxies}: addresses or address ranges, e.g. {@code 10.0.0.5}, {@code 10.0.0.0/8}. */
    TrustedProxies(List<String> proxies) {
        this.proxies = new AddressRanges(proxies);
        remove.setRemoveOnly(true);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE; // before anything, the security filters included, reads the request
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        var request = exchange.getRequest();
        var seen = isProxy(request.getRemoteAddress()) ? apply.apply(withClientOnly(request)) : remove.apply(request);
        return chain.filter(exchange.mutate().request(seen).build());
    }

    private boolean isProxy(InetSocketAddress address) {
        return address != null && address.getAddress() != null && proxies.contains(address.getAddress());
    }

    /** The request with {@code X-Forwarded-For} cut down to the client, and without {@code Forwarded}. */
    private ServerHttpRequest withClientOnly(ServerHttpRequest request) {
        var chain = new ArrayList<String>();
        for (String value : request.getHeaders().getValuesAsList("X-Forwarded-For")) {
            Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).forEach(chain::add);
        }
        String client = null;
        for (int i = chain.size() - 1; i >= 0 && client == null; i--) {
            if (!proxies.contains(chain.get(i)) || i == 0) {
                client = chain.get(i);
            }
        }
        // an address literal only: anything else would be looked up in DNS, and the proxy's own address serves
        String found = client != null && (NetUtil.isValidIpV4Address(client) || NetUtil.isValidIpV6Address(client))
                ? client : null;
        return request.mutate().headers(headers -> {
            headers.remove("Forwarded");
            headers.remove("X-Forwarded-For");
            if (found != null) {
                headers.set("X-Forwarded-For", found);
            }
        }).build();
    }
}
