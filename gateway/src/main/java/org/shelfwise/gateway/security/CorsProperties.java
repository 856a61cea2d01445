package org.shelfwise.gateway.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which web applications, served from other origins, may call the API from a browser.
 *
 * @param allowedOrigins exact origins such as {@code https://desk.library.example}; empty (the default): no
 *                       cross-origin calls at all, which is right for the API's own tools and the Swagger UI
 */
@ConfigurationProperties("shelfwise.gateway.cors")
public record CorsProperties(@DefaultValue List<String> allowedOrigins) {
}
