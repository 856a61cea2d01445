package org.shelfwise.patrons.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.shelfwise.platform.security.LowSVerifiers;
import org.shelfwise.platform.security.ResourceServerSecurity;
import org.shelfwise.platform.security.VerifiedTokens;
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
 * services do against its JWKS. Signing in and the published keys are open; the desk's work on patrons is the
 * staff's; a patron reads their own record ({@code /api/patrons/me}, or by its id); staff accounts, key rotation and
 * categories are the administrator's, though anyone may read the categories' limits. Anything not named is refused.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    private static final String[] STAFF = {Role.LIBRARIAN.name(), Role.ADMIN.name()};

    @Bean
    SecurityFilterChain security(HttpSecurity http, ResourceServerSecurity resourceServer) throws Exception {
        return resourceServer.applyTo(http)
                .authorizeHttpRequests(requests -> ResourceServerSecurity.thenOperationalRulesAndDenyTheRest(requests
                        .requestMatchers(HttpMethod.POST, "/api/auth/token", "/api/auth/refresh", "/api/auth/logout")
                        .permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/auth/jwks").permitAll()
                        .requestMatchers(HttpMethod.POST, "/api/auth/keys").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.PUT, "/api/auth/password").authenticated()
                        .requestMatchers("/api/staff", "/api/staff/**").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/patron-categories", "/api/patron-categories/*")
                        .permitAll()
                        .requestMatchers(HttpMethod.PUT, "/api/patron-categories/*").hasRole(Role.ADMIN.name())
                        .requestMatchers(HttpMethod.GET, "/api/patrons/me").hasRole(Role.PATRON.name())
                        // a patron may read their own record: PatronController checks whose it is
                        .requestMatchers(HttpMethod.GET, "/api/patrons/*").authenticated()
                        .requestMatchers(HttpMethod.GET, "/api/patrons").hasAnyRole(STAFF)
                        .requestMatchers(HttpMethod.POST, "/api/patrons").hasAnyRole(STAFF)
                        .requestMatchers(HttpMethod.POST, "/api/patrons/password-check").hasAnyRole(STAFF)
                        .requestMatchers("/api/patrons/*/block").hasAnyRole(STAFF)
                        .requestMatchers(HttpMethod.PUT, "/api/patrons/*").hasAnyRole(STAFF)
                        .requestMatchers(HttpMethod.POST, "/api/patrons/*/card-renewal").hasAnyRole(STAFF)))
                .build();
    }

    /** Verifies against the keys in this service's own database, where other services fetch them over HTTP. */
    @Bean
    JwtDecoder jwtDecoder(SigningKeys keys, IdentityProperties properties) {
        JWKSource<SecurityContext> published = (selector, context) -> selector.select(keys.publishedKeys());
        var processor = new DefaultJWTProcessor<SecurityContext>();
        processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.ES256, published));
        processor.setJWSVerifierFactory(new LowSVerifiers());
        var decoder = new NimbusJwtDecoder(processor);
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer())));
        return new VerifiedTokens(decoder);
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        // bcrypt today, with the algorithm named in each hash so that stronger ones can take over on next sign-in
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
