package org.shelfwise.circulation;

import org.shelfwise.platform.security.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what in circulation. The desk's work (lending, taking back, settling fines) is the staff's. A patron's
 * loans, holds and fines are open to staff and to that patron, which the controllers check against the token
 * ({@code CurrentUser.checkMayActFor}); a patron also renews their own loans and places and cancels their own holds.
 * The loan rules and the calendar are public and the administrator's to change. Anything not named is refused.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] STAFF = {"LIBRARIAN", "ADMIN"};

    @Bean
    SecurityFilterChain security(HttpSecurity http, ResourceServerSecurity resourceServer) throws Exception {
        return resourceServer.applyTo(http)
                .authorizeHttpRequests(requests -> ResourceServerSecurity.thenOperationalRulesAndDenyTheRest(requests
                        .requestMatchers(HttpMethod.POST, "/api/checkouts", "/api/checkins").hasAnyRole(STAFF)
                        .requestMatchers(HttpMethod.POST, "/api/fines/*/settlements").hasAnyRole(STAFF)
                        .requestMatchers(HttpMethod.GET, "/api/holds/pull-list", "/api/holds/shelf").hasAnyRole(STAFF)
                        // staff, or the patron whose loan, hold or fines these are (checked by the controllers)
                        .requestMatchers(HttpMethod.GET, "/api/loans", "/api/loans/*", "/api/holds", "/api/fines")
                        .authenticated()
                        .requestMatchers(HttpMethod.POST, "/api/loans/*/renewal", "/api/holds").authenticated()
                        .requestMatchers(HttpMethod.DELETE, "/api/holds/*").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/policies", "/api/policies/*", "/api/policy-rules",
                                "/api/calendar/**", "/api/branches").permitAll()
                        .requestMatchers("/api/policies/**", "/api/policy-rules/**", "/api/calendar/**", "/api/branches/**")
                        .hasRole("ADMIN")))
                .build();
    }
}
