package org.shelfwise.platform.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Whose access tokens a service, or the gateway, accepts (the same settings, with the same names, everywhere).
 *
 * @param jwksUri       where the patrons service publishes its signing keys
 * @param issuer        the {@code iss} every accepted token must carry
 * @param oidcIssuerUri instead of the two above: an external OpenID Connect provider (the library's own single
 *                      sign-on), whose keys and issuer are discovered from its metadata
 * @param rolesClaim    the claim holding the user's roles (PATRON, LIBRARIAN, ADMIN)
 */
@ConfigurationProperties("shelfwise.security")
public record SecurityProperties(
        @DefaultValue("http://127.0.0.1:8083/api/auth/jwks") String jwksUri,
        @DefaultValue("shelfwise") String issuer,
        String oidcIssuerUri,
        @DefaultValue("roles") String rolesClaim) {
}
