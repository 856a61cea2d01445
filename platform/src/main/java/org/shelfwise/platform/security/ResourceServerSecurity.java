package org.shelfwise.platform.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;

/**
 * The part of every service's security that is the same everywhere: stateless bearer-token authentication with
 * roles from the token, and problem details for refusals. Each service adds its own authorization rules.
 */
public final class ResourceServerSecurity {

    private final ProblemResponses problems;
    private final String rolesClaim;

    public ResourceServerSecurity(ProblemResponses problems, SecurityProperties properties) {
        this.problems = problems;
        this.rolesClaim = properties.rolesClaim();
    }

    /** Applies the common settings; continue with {@code authorizeHttpRequests}. */
    public HttpSecurity applyTo(HttpSecurity http) throws Exception {
        return http
                .csrf(csrf -> csrf.disable()) // no cookies, no sessions: tokens travel in the Authorization header
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .oauth2ResourceServer(server -> server
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(roles()))
                        .authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(problems.unauthenticated())
                        .accessDeniedHandler(problems.forbidden()));
    }

    /**
     * Ends a service's own rules with those every service shares: the API documents (which the gateway combines)
     * and health and info (for load balancers and the launcher) are open, the rest of the actuator is the
     * administrator's, Boot's error dispatch is open, and anything not named before is refused.
     */
    public static void thenOperationalRulesAndDenyTheRest(
            AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry requests) {
        requests.requestMatchers(HttpMethod.GET, "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html",
                        "/swagger-ui/**", "/actuator/health", "/actuator/health/**", "/actuator/info")
                .permitAll()
                .requestMatchers("/actuator/**").hasRole("ADMIN")
                .requestMatchers("/error").permitAll()
                .anyRequest().denyAll();
    }

    private JwtAuthenticationConverter roles() {
        var authorities = new JwtGrantedAuthoritiesConverter();
        authorities.setAuthoritiesClaimName(rolesClaim);
        authorities.setAuthorityPrefix("ROLE_");
        var converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(authorities);
        return converter;
    }
}
