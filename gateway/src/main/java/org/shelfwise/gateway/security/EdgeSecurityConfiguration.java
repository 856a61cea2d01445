package org.shelfwise.gateway.security;

import java.time.Duration;
import java.util.List;

import io.netty.channel.ChannelOption;
import org.shelfwise.platform.security.LowSVerifiers;
import org.shelfwise.platform.security.ReactiveVerifiedTokens;
import org.shelfwise.platform.security.SecurityProperties;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtException;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoders;
import org.springframework.security.oauth2.jwt.SupplierReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtGrantedAuthoritiesConverterAdapter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsConfigurationSource;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.reactive.function.client.WebClient;
import reactor.netty.http.client.HttpClient;

/**
 * The gateway is a resource server too: it verifies every access token it meets against the same keys and issuer
 * as the services, and refuses at the edge what no role could reach without one. The services still verify each
 * token themselves and decide the fine rules (a patron's own data only); the edge keeps forged and expired tokens,
 * and anonymous calls to anything but the public catalogue, from ever reaching them.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties({SecurityProperties.class, CorsProperties.class, EdgeProperties.class})
class EdgeSecurityConfiguration {

    private static final Duration KEYS_TIMEOUT = Duration.ofSeconds(3);
    private static final String[] STAFF = {"LIBRARIAN", "ADMIN"};
    private static final String[] CATALOG = {"/api/books", "/api/books/**", "/api/copies/**"};
    /** The public catalogue's pages, served by the web module (route {@code opac}). */
    private static final String[] OPAC = {"/", "/search", "/search/**", "/records/**", "/account", "/account/**",
            "/sign-in", "/sign-out", "/assets/**"};

    /** What Spring Security's firewall refuses is answered 400 as a problem like every other error, not an empty 400. */
    @Bean
    ServerExchangeRejectedHandler malformedRequests() {
        return EdgeProblems.malformed();
    }

    @Bean
    TrustedProxies trustedProxies(EdgeProperties edge) {
        return new TrustedProxies(edge.trustedProxies());
    }

    @Bean
    ForwardedToServices forwardedToServices() {
        return new ForwardedToServices();
    }

    @Bean
    SecurityWebFilterChain edgeSecurity(ServerHttpSecurity http, SecurityProperties properties,
            CorsConfigurationSource cors, EdgeProperties edge) {
        return http
                // no cookies, no sessions: tokens travel in the Authorization header of each request
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .requestCache(ServerHttpSecurity.RequestCacheSpec::disable)
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance())
                .cors(spec -> spec.configurationSource(cors))
                // the defaults: nosniff, frame DENY, no-store unless the service set caching; HSTS on HTTPS requests,
                // made directly or through a trusted proxy (X-Forwarded-Proto, see TrustedProxies)
                .headers(headers -> headers.hsts(hsts -> hsts.maxAge(edge.hstsMaxAge())))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(roles(properties.rolesClaim())))
                        .authenticationEntryPoint(EdgeProblems.unauthenticated())
                        .accessDeniedHandler(EdgeProblems.forbidden()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(EdgeProblems.unauthenticated())
                        .accessDeniedHandler(EdgeProblems.forbidden()))
                .authorizeExchange(exchanges -> exchanges
                        // public: reading and searching the catalogue, signing in, the API docs, health
                        .pathMatchers(HttpMethod.GET, CATALOG).permitAll()
                        .pathMatchers(HttpMethod.HEAD, CATALOG).permitAll()
                        // the library protocols (SRU, OAI-PMH) are catalogue reads; OAI-PMH may POST its form
                        .pathMatchers(HttpMethod.GET, "/sru", "/oai").permitAll()
                        .pathMatchers(HttpMethod.POST, "/oai").permitAll()
                        .pathMatchers("/api/auth/keys", "/api/auth/keys/**").hasRole("ADMIN")
                        .pathMatchers("/api/auth/**").permitAll()
                        // the staff client signs its users in itself (session cookie) and calls the API with their tokens
                        .pathMatchers("/staff", "/staff/**").permitAll()
                        // so does the public catalogue, whose pages are open to anyone and whose account pages are
                        // a signed-in patron's (the web module's own session)
                        .pathMatchers(OPAC).permitAll()
                        .pathMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/api/docs/*",
                                "/swagger-ui.html", "/swagger-ui/**", "/webjars/**").permitAll()
                        // probes stay open; the rest of the actuator tells the JVM, the backends and each route's
                        // traffic, so it is the administrator's, as in the services
                        .pathMatchers(HttpMethod.GET, "/actuator/health", "/actuator/health/**", "/actuator/info")
                        .permitAll()
                        .pathMatchers("/actuator", "/actuator/**").hasRole("ADMIN")
                        // staff only, whatever the service's finer rules: no patron may ever reach these
                        .pathMatchers(CATALOG).hasAnyRole(STAFF)
                        .pathMatchers("/api/checkouts", "/api/checkins").hasAnyRole(STAFF)
                        .pathMatchers("/api/staff", "/api/staff/**").hasRole("ADMIN")
                        .pathMatchers("/api/sip-terminals", "/api/sip-terminals/**").hasRole("ADMIN")
                        .pathMatchers(HttpMethod.GET, "/api/notice-kinds").permitAll()
                        .pathMatchers("/api/notice-templates", "/api/notice-templates/**").hasRole("ADMIN")
                        .pathMatchers(HttpMethod.GET, "/api/notices/print-list").hasAnyRole(STAFF)
                        .pathMatchers(HttpMethod.POST, "/api/notices/*/resend").hasAnyRole(STAFF)
                        .pathMatchers(HttpMethod.GET, "/api/patrons").hasAnyRole(STAFF)
                        .pathMatchers(HttpMethod.POST, "/api/patrons").hasAnyRole(STAFF)
                        .pathMatchers(HttpMethod.GET, "/api/patron-categories", "/api/patron-categories/**",
                                "/api/policies", "/api/policies/**", "/api/policy-rules", "/api/policy-rules/**",
                                "/api/calendar/**", "/api/branches").permitAll()
                        .pathMatchers("/api/patron-categories", "/api/patron-categories/**", "/api/policies",
                                "/api/policies/**", "/api/policy-rules", "/api/policy-rules/**", "/api/calendar/**",
                                "/api/branches", "/api/branches/**")
                        .hasRole("ADMIN")
                        // everything else: any signed-in caller; the service decides whose data it is
                        .anyExchange().authenticated())
                .build();
    }

    /**
     * The patrons service's keys (ES256 only, so {@code alg: none} and HMAC tricks fail) and issuer, or an external
     * OpenID Connect provider's; keys are fetched on first use and again whenever a token names an unknown key id.
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(SecurityProperties properties) {
        ReactiveJwtDecoder decoder = new ReactiveVerifiedTokens(verifier(properties));
        // Keys that cannot be fetched surface as a plain IllegalStateException, which would answer 500. As a
        // JwtException that is not a BadJwtException it becomes an AuthenticationServiceException: 503, since the
        // token itself may be perfectly good (see Problems).
        return token -> decoder.decode(token).onErrorMap(error -> !(error instanceof JwtException),
                error -> new JwtException("the keys to verify the token could not be obtained", error));
    }

    private static ReactiveJwtDecoder verifier(SecurityProperties properties) {
        if (properties.oidcIssuerUri() != null && !properties.oidcIssuerUri().isBlank()) {
            // deferred, so a provider that is down at start-up refuses tokens for a while instead of stopping the gateway
            return new SupplierReactiveJwtDecoder(() -> ReactiveJwtDecoders.fromIssuerLocation(properties.oidcIssuerUri()));
        }
        var decoder = NimbusReactiveJwtDecoder.withJwkSetUri(properties.jwksUri())
                .jwsAlgorithm(SignatureAlgorithm.ES256)
                .jwtProcessorCustomizer(processor -> processor.setJWSVerifierFactory(new LowSVerifiers()))
                // a keys endpoint that hangs must not hang every signed-in request with it (503, see Problems)
                .webClient(WebClient.builder().clientConnector(new ReactorClientHttpConnector(HttpClient.create()
                        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, 2000)
                        .responseTimeout(KEYS_TIMEOUT))).build())
                .build();
        decoder.setJwtValidator(JwtValidators.createDefaultWithIssuer(properties.issuer()));
        return decoder;
    }

    @Bean
    CorsConfigurationSource corsConfigurationSource(CorsProperties properties) {
        var cors = new CorsConfiguration();
        // an empty list refuses every cross-origin request (403), so no browser page elsewhere can use the API
        cors.setAllowedOrigins(properties.allowedOrigins());
        cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"));
        cors.setAllowedHeaders(List.of("Authorization", "Content-Type", "Accept", "If-Match", "If-None-Match",
                "Idempotency-Key", "X-Request-Id", "traceparent", "tracestate"));
        cors.setExposedHeaders(List.of("ETag", "Location", "Retry-After", "X-Request-Id", "Idempotent-Replayed",
                "WWW-Authenticate"));
        // bearer tokens, not cookies: browsers need not send credentials
        cors.setAllowCredentials(false);
        cors.setMaxAge(Duration.ofHours(1));
        var source = new UrlBasedCorsConfigurationSource();
        source.registerCorsConfiguration("/**", cors);
        return source;
    }

    private static ReactiveJwtAuthenticationConverter roles(String rolesClaim) {
        var authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(rolesClaim);
        authorities.setAuthorityPrefix("ROLE_");
        var converter = new ReactiveJwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(new ReactiveJwtGrantedAuthoritiesConverterAdapter(authorities));
        return converter;
    }
}
