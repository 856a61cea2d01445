package org.shelfwise.circulation;

import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.enums.SecuritySchemeType;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.security.SecurityScheme;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Circulation: the desk's work of lending copies to patrons and taking them back. */
@SpringBootApplication
// the API docs offer a bearer token (Swagger UI's "Authorize") for every operation; open ones work without
@OpenAPIDefinition(security = @SecurityRequirement(name = "bearer"))
@SecurityScheme(name = "bearer", type = SecuritySchemeType.HTTP, scheme = "bearer", bearerFormat = "JWT",
        description = "An access token from POST /api/auth/token")
@ConfigurationPropertiesScan
public class CirculationApplication {

    public static void main(String[] args) {
        SpringApplication.run(CirculationApplication.class, args);
    }
}
