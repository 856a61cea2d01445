package org.shelfwise.patrons.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.shelfwise.platform.security.ResourceServerSecurity;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Security of the patrons service. It verifies access tokens against its own published keys, exactly as other
 * services do against its JWKS. Until role enforcement lands across the services, the existing endpoints stay
 * open; the endpoints added since (key rotation, staff, categories, blocks, password change) already require
 * their roles.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain security(HttpSecurity http, ResourceServerSecurity resourceServer) throws Exception {
        return resourceServer.applyTo(http)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.POST, "/api/auth/keys").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/staff", "/api/staff/**").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/auth/password").authenticated()
                        .requestMatchers(HttpMethod.PUT, "/api/patron-categories/*").hasRole(Role.ADMIN.name())
                        .requestMatchers("/api/patrons/*/block").hasAnyRole(Role.LIBRARIAN.name(), Role.ADMIN.name())
                        .anyRequest().permitAll())
                .build();
    }

    /** Verifies against the keys in this service's own database, where other services fetch them over HTTP. */
    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, IdentityProperties properties) {
        JWKSource<SecurityContext> published = (selector, context) -> selector.select(keys.publishedKeys());
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, published));
        var decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer())));
        return decoder;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, with the algorithm named in each hash so that stronger ones can take over on next sign-in
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
