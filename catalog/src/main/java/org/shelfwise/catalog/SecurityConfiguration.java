package org.shelfwise.catalog;

import org.shelfwise.platform.security.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may do what in the catalogue: anyone may read, search and export it without signing in (through the API,
 * SRU and OAI-PMH); library staff change it. A token sent with a public read is still verified, so a bad one is refused (401) rather than ignored.
 * Anything not named here is refused.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] STAFF = {"LIBRARIAN", "ADMIN"};

    @Bean
    SecurityFilterChain security(HttpSecurity http, ResourceServerSecurity resourceServer) throws Exception {
        return resourceServer.applyTo(http)
                .authorizeHttpRequests(requests -> ResourceServerSecurity.thenOperationalRulesAndDenyTheRest(requests
                        // import jobs and their reports are the staff's, reading them too
                        .requestMatchers("/api/books/imports", "/api/books/imports/**").hasAnyRole(STAFF)
                        .requestMatchers(HttpMethod.GET, "/api/books", "/api/books/**", "/api/copies/**").permitAll()
                        // the library protocols are public reads: SRU by GET, OAI-PMH by GET or a form POST
                        .requestMatchers(HttpMethod.GET, "/sru", "/oai").permitAll()
                        .requestMatchers(HttpMethod.POST, "/oai").permitAll()
                        .requestMatchers("/api/books", "/api/books/**", "/api/copies/**").hasAnyRole(STAFF)))
                .build();
    }
}
