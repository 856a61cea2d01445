package org.shelfwise.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whose access tokens the gateway accepts: the same settings, with the same names, as every service's (platform's
 * {@code SecurityProperties}, which the gateway cannot share: it is WebFlux, the platform is servlet).
 *
 * @param jwksUri       where the patrons service publishes its signing keys
 * @param issuer        the {@code iss} every accepted token must carry
 * @param oidcIssuerUri instead of the two above: an external OpenID Connect provider, whose keys and issuer are
 *                      discovered from its metadata
 * @param rolesClaim    the claim holding the user's roles (PATRON, LIBRARIAN, ADMIN)
 */
@ConfigurationProperties("shelfwise.security")
public record SecurityProperties(
        @DefaultValue("http://127.0.0.1:8083/api/auth/jwks") String jwksUri,
        @DefaultValue("shelfwise") String issuer,
        String oidcIssuerUri,
        @DefaultValue("roles") String rolesClaim) {
}
