package org.shelfwise.sip.terminals;

import org.shelfwise.platform.security.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/** Terminal accounts are the administrator's; anything else over HTTP is refused. */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain security(HttpSecurity http, ResourceServerSecurity resourceServer) throws Exception {
        return resourceServer.applyTo(http)
                .authorizeHttpRequests(requests -> ResourceServerSecurity.thenOperationalRulesAndDenyTheRest(requests
                        .requestMatchers("/api/sip-terminals", "/api/sip-terminals/**").hasRole("ADMIN")))
                .build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // the encoder patrons uses for accounts: bcrypt today, the algorithm named in each hash
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
