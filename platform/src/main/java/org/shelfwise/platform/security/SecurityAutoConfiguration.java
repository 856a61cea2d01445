package org.shelfwise.platform.security;

import jakarta.servlet.DispatcherType;
import org.shelfwise.platform.web.TrustedProxies;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.SignatureAlgorithm;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.JwtValidators;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import tools.jackson.databind.json.JsonMapper;

import java.util.List;

/**
 * Makes a service that has Spring Security's resource server on its class path verify access tokens: against
 * the patrons service's JWKS and issuer, or against an external OpenID Connect issuer when one is configured.
 */
@AutoConfiguration(beforeName = "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration")
@ConditionalOnClass({JwtDecoder.class, org.springframework.security.config.annotation.web.builders.HttpSecurity.class})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@EnableConfigurationProperties(SecurityProperties.class)
public class SecurityAutoConfiguration {

    @Bean
    ProblemResponses problemResponses(JsonMapper json) {
        return new ProblemResponses(json);
    }

    /**
     * First of all filters, for every dispatch: forwarded headers count only from the gateway
     * ({@code SHELFWISE_TRUSTED_PROXIES}: addresses or ranges, comma separated; loopback by default).
     */
    @Bean
    FilterRegistrationBean<TrustedProxies> trustedProxies(
            @Value("${shelfwise.trusted-proxies:127.0.0.1,::1}") List<String> trusted) {
        var registration = new FilterRegistrationBean<>(new TrustedProxies(trusted));
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    @Bean
    ResourceServerSecurity resourceServerSecurity(ProblemResponses problems, SecurityProperties properties) {
        return new ResourceServerSecurity(problems, properties);
    }

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder jwtDecoder(SecurityProperties properties) {
        if (properties.oidcIssuerUri() != null && !properties.oidcIssuerUri().isBlank()) {
            // discovery fills in the keys and checks the issuer; deferred, so a provider that is down at start-up
            // refuses tokens for a while instead of keeping the service from starting
            return new VerifiedTokens(
                    new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(properties.oidcIssuerUri())));
        }
        var decoder = NimbusJwtDecoder.withJwkSetUri(properties.jwksUri())
                .jwsAlgorithm(SignatureAlgorithm.ES256)
                .jwtProcessorCustomizer(processor -> processor.setJWSVerifierFactory(new LowSVerifiers()))
                .build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                JwtValidators.createDefaultWithIssuer(properties.issuer())));
        return new VerifiedTokens(decoder);
    }
}
