package org.shelfwise.gateway.security;

import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.web.server.firewall.ServerWebExchangeFirewall;
import org.springframework.security.web.server.firewall.StrictServerWebExchangeFirewall;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebExchangeDecorator;
import reactor.core.publisher.Mono;

/**
 * Spring Security's strict firewall, with the request it guards wrapped once per exchange. The strict firewall
 * refuses malformed and ambiguous paths up front (encoded slashes, dot segments, semicolons, non-printable
 * characters) and guards header values; but its exchange makes a new guarding wrapper on every
 * {@code getRequest()}, which a gateway's route predicates and filters call dozens of times a request: under desk
 * load those wrappers were a fifth of everything the gateway allocated. Wrapping once changes nothing that is
 * checked, since the request an exchange holds never changes (a filter that alters it builds a new exchange).
 */
final class ValidatedOnceFirewall implements ServerWebExchangeFirewall {

    private final StrictServerWebExchangeFirewall strict = new StrictServerWebExchangeFirewall();

    @Override
    public Mono<ServerWebExchange> getFirewalledExchange(ServerWebExchange exchange) {
        return strict.getFirewalledExchange(exchange).map(OneGuardedRequest::new);
    }

    private static final class OneGuardedRequest extends ServerWebExchangeDecorator {

        private final ServerHttpRequest request;

        OneGuardedRequest(ServerWebExchange firewalled) {
            super(firewalled);
            this.request = firewalled.getRequest();
        }

        @Override
        public ServerHttpRequest getRequest() {
            return request;
        }
    }
}
