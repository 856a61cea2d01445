package org.shelfwise.notifications;

import org.shelfwise.platform.security.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what with notices. A patron's delivery log and preferences are open to staff and to that patron (the
 * controllers check the token, {@code CurrentUser.checkMayActFor}); resending and the print list are the staff's;
 * templates are the administrator's; the list of kinds is public. Anything not named is refused.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] STAFF = {"LIBRARIAN", "ADMIN"};

    @Bean
    SecurityFilterChain security(HttpSecurity http, ResourceServerSecurity resourceServer) throws Exception {
        return resourceServer.applyTo(http)
                .authorizeHttpRequests(requests -> ResourceServerSecurity.thenOperationalRulesAndDenyTheRest(requests
                        .requestMatchers(HttpMethod.GET, "/api/notice-kinds").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/notices/print-list").hasAnyRole(STAFF)
                        .requestMatchers(HttpMethod.POST, "/api/notices/*/resend").hasAnyRole(STAFF)
                        .requestMatchers(HttpMethod.GET, "/api/notices").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/notice-preferences/*").authenticated()
                        .requestMatchers(HttpMethod.PUT, "/api/notice-preferences/*").authenticated()
                        .requestMatchers("/api/notice-templates", "/api/notice-templates/**").hasRole("ADMIN")))
                .build();
    }
}
